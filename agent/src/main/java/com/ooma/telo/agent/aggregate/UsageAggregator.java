package com.ooma.telo.agent.aggregate;

import com.ooma.telo.agent.event.CallRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate stage for calls: counts redacted calls into the current window and closes windows as the injected
 * clock passes their end. A closed window is emitted even when it holds no call, so report timing and shape reveal
 * nothing. Single-threaded (the pipeline worker).
 */
public final class UsageAggregator {
    private final WindowSchedule schedule;
    private final Clock clock;
    private ReportWindow current;
    private Map<CallKey, Long> calls = new HashMap<>();
    private DurationHistogram duration = new DurationHistogram();

    public UsageAggregator(WindowSchedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
        this.current = schedule.windowAt(clock.instant());
    }

    /** Counts a call into the window open now (after closing any that ended; see {@link #closeDue()}). */
    public void add(CallRecord call) {
        calls.merge(new CallKey(call.direction(), call.disposition(), call.destination()), 1L, Long::sum);
        if (call.disposition() == CallRecord.Disposition.ANSWERED) {
            duration.add(call.durationSec());
        }
    }

    /** Closes the open window if it has ended (empty or not); windows missed while the agent was down are skipped. */
    public List<UsageSnapshot> closeDue() {
        Instant now = clock.instant();
        List<UsageSnapshot> closed = new ArrayList<>();
        if (!now.isBefore(current.end())) {
            closed.add(cut());
            current = schedule.windowAt(now);
        }
        return closed;
    }

    /** Closes the open window early (shutdown, consent change); the next window starts now. */
    public UsageSnapshot closeNow() {
        Instant now = clock.instant();
        UsageSnapshot s = cut();
        ReportWindow next = schedule.windowAt(now);
        current = new ReportWindow(now.isBefore(next.end()) ? now : next.start(), next.end());
        return new UsageSnapshot(new ReportWindow(s.window().start(), now), s.calls(), s.duration());
    }

    /** Forgets everything held (consent withdrawn). */
    public void purge() {
        calls = new HashMap<>();
        duration = new DurationHistogram();
    }

    public ReportWindow currentWindow() {
        return current;
    }

    private UsageSnapshot cut() {
        UsageSnapshot s = new UsageSnapshot(current, calls, duration.snapshot());
        calls = new HashMap<>();
        duration = new DurationHistogram();
        return s;
    }
}
