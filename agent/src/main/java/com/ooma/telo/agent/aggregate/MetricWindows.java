package com.ooma.telo.agent.aggregate;

import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.event.Cause;
import com.ooma.telo.agent.event.RedactedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate stage: records redacted events into the open window of each channel through the {@link Metric}
 * registry, and closes windows as the injected clock passes their end. A closed window is emitted even when it holds
 * nothing, so report timing and shape reveal nothing. Recording stops at once for a channel the consent level does
 * not allow, and what it held is purged. Thread-safe (the worker records; a command may change consent).
 *
 * <p>The privacy rule of the registry holds here at run time too: while an event that calls cause ({@code call.*})
 * is being recorded, only metrics whose {@link MetricDef#cause()} is {@link Cause#CALLS} may take a sample, so no
 * binding, present or future, can make a health figure follow the calls. A refused recording is counted on the
 * usage channel, as is any drop of a call metric.
 */
public final class MetricWindows {
    private final Clock clock;
    private final Map<Channel, WindowSchedule> schedules = new EnumMap<>(Channel.class);
    private final Map<Channel, MetricStore> stores = new EnumMap<>(Channel.class);
    private ConsentLevel consent;
    private boolean dirty;
    private Cause recording = Cause.DEVICE;

    public MetricWindows(WindowSchedule health, WindowSchedule usage, Clock clock, ConsentLevel consent) {
        this.clock = clock;
        this.consent = consent;
        schedules.put(Channel.HEALTH, health);
        schedules.put(Channel.USAGE, usage);
        Instant now = clock.instant();
        schedules.forEach((c, s) -> stores.put(c, new MetricStore(s.windowAt(now))));
    }

    /** Records what a redacted event contributes to the registered metrics. */
    public synchronized void accept(RedactedEvent event) {
        boolean wasDirty = dirty;
        during(Cause.ofType(event.type()), () -> EventMetrics.record(event, this));
        if (EventMetrics.PERIODIC.contains(event.type())) {
            dirty = wasDirty;
        }
    }

    /** Runs recordings on behalf of an event of this cause: for {@link Cause#CALLS}, only call metrics record. */
    synchronized void during(Cause cause, Runnable recordings) {
        recording = cause;
        try {
            recordings.run();
        } finally {
            recording = Cause.DEVICE;
        }
    }

    /**
     * Records one contribution. Labels are checked against their closed sets: a value outside them drops the
     * recording and counts it under {@code agent.metric_drops}; a value beyond the clamp is clamped and counted.
     */
    public synchronized void record(Metric metric, long value, String... labels) {
        MetricDef d = metric.def();
        if (recording == Cause.CALLS && d.cause() != Cause.CALLS) {
            drop(Cause.CALLS, "device_metric_from_call");
            return;
        }
        if (!allowed(d.channel())) {
            return;
        }
        List<String> l = List.of(labels);
        if (!labelsValid(d, l)) {
            drop(d.cause(), "unknown_label");
            return;
        }
        if (stores.get(d.channel()).record(metric, l, value) == MetricStore.Result.CLAMPED) {
            drop(d.cause(), "clamped");
        }
        dirty |= d.type() != MetricType.QUANTITY && d.type() != MetricType.BOOLEAN;
    }

    /** Whether the channel's open window has ended (the next {@link #closeDue()} closes it). */
    public synchronized boolean isDue(Channel channel) {
        return isDue(channel, clock.instant());
    }

    /** Whether the channel's window has ended at {@code now} (one reading of the clock for a whole close). */
    public synchronized boolean isDue(Channel channel, Instant now) {
        return !now.isBefore(stores.get(channel).window().end());
    }

    /** Closes every window that has ended (empty or not); windows missed while the agent was down are skipped. */
    public synchronized List<WindowSnapshot> closeDue() {
        return closeDue(clock.instant());
    }

    /** As {@link #closeDue()}, at a moment the caller has already read from the clock. */
    public synchronized List<WindowSnapshot> closeDue(Instant now) {
        List<WindowSnapshot> closed = new ArrayList<>();
        stores.forEach((channel, store) -> {
            reanchorIfClockWentBack(channel, now);
            if (!now.isBefore(store.window().end())) {
                if (allowed(channel)) {
                    closed.add(store.snapshot(channel));
                    dirty = true; // a channel consent turned off holds nothing worth a write
                }
                store.reset(schedules.get(channel).windowAt(now));
            }
        });
        return closed;
    }

    /** Closes one channel's window early (shutdown); the next window starts now. */
    public synchronized WindowSnapshot closeNow(Channel channel) {
        Instant now = clock.instant();
        reanchorIfClockWentBack(channel, now);
        MetricStore store = stores.get(channel);
        WindowSnapshot s = store.snapshot(channel);
        ReportWindow next = schedules.get(channel).windowAt(now);
        store.reset(new ReportWindow(now.isBefore(next.end()) ? now : next.start(), next.end()));
        dirty = true;
        return new WindowSnapshot(channel, new ReportWindow(s.window().start(), now), s.series());
    }

    /**
     * The wall clock reads before the open window's start (stepped back by NTP, an RTC reset): the window moves to
     * the one the schedule gives now, keeping its counts, so reporting goes on at once instead of when the clock
     * catches up, and no window ever ends before it starts. What was counted is reported once, in that window.
     */
    private void reanchorIfClockWentBack(Channel channel, Instant now) {
        MetricStore store = stores.get(channel);
        if (now.isBefore(store.window().start())) {
            store.moveTo(schedules.get(channel).windowAt(now));
            dirty = true;
        }
    }

    /** A new schedule for one channel; {@link #closeOverdue()} then ends windows the new schedule has outrun. */
    public synchronized void setSchedule(Channel channel, WindowSchedule schedule) {
        schedules.put(channel, schedule);
    }

    /**
     * Closes each open window that lasts past the end its schedule now gives the current moment (after a shorter
     * interval was set), so a new interval takes effect at once rather than after a day-long window.
     */
    public synchronized List<WindowSnapshot> closeOverdue() {
        Instant now = clock.instant();
        List<WindowSnapshot> closed = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            if (schedules.get(channel).windowAt(now).end().isBefore(stores.get(channel).window().end())) {
                WindowSnapshot s = closeNow(channel);
                if (allowed(channel)) {
                    closed.add(s);
                }
            }
        }
        return closed;
    }

    /** Applies a consent level at once: a channel it does not allow is emptied and records nothing more. */
    public synchronized void setConsent(ConsentLevel level) {
        consent = level;
        for (Channel c : Channel.values()) {
            if (!allowed(c)) {
                stores.get(c).reset(stores.get(c).window());
                dirty = true;
            }
        }
    }

    public synchronized boolean allowed(Channel channel) {
        return channel == Channel.USAGE ? consent.allowsUsage() : consent.allowsHealth();
    }

    /** The open windows, for the checkpoint. */
    public synchronized List<WindowSnapshot> open() {
        List<WindowSnapshot> out = new ArrayList<>();
        stores.forEach((c, s) -> out.add(s.snapshot(c)));
        return out;
    }

    /**
     * True once after any change a checkpoint should keep; samples (quantities, booleans, periodic event types)
     * excepted: the next sample replaces what a crash loses.
     */
    public synchronized boolean takeDirty() {
        boolean d = dirty;
        dirty = false;
        return d;
    }

    /**
     * Puts back windows read from a checkpoint (after a crash or restart); a window that has ended since is emitted
     * by the next {@link #closeDue()}. Series that no longer fit the registry are dropped and counted.
     */
    public synchronized void restore(List<WindowSnapshot> saved) {
        for (WindowSnapshot w : saved) {
            if (!allowed(w.channel())) {
                continue;
            }
            MetricStore store = stores.get(w.channel());
            store.reset(w.window());
            for (Series s : w.series()) {
                if (s.metric().def().channel() != w.channel() || !labelsValid(s.metric().def(), s.labels())
                        || !store.restore(s)) {
                    drop(s.metric().def().cause(), "restore_mismatch");
                }
            }
        }
    }

    private static boolean labelsValid(MetricDef d, List<String> labels) {
        if (labels.size() != d.labels().size()) {
            return false;
        }
        for (int i = 0; i < labels.size(); i++) {
            if (!d.labels().get(i).values().contains(labels.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Counts a refused or clamped recording where its cause may be told: call metrics on usage, others on health. */
    private void drop(Cause cause, String reason) {
        Metric counter = cause == Cause.CALLS ? Metric.CALL_METRIC_DROPS : Metric.METRIC_DROPS;
        Channel channel = counter.def().channel();
        if (allowed(channel)) {
            stores.get(channel).record(counter, List.of(reason), 1);
        }
    }
}
