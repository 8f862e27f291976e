package com.ooma.telo.agent;

import com.ooma.telo.agent.aggregate.Channel;
import com.ooma.telo.agent.aggregate.MetricWindows;
import com.ooma.telo.agent.aggregate.WindowSchedule;
import com.ooma.telo.agent.aggregate.WindowSnapshot;
import com.ooma.telo.agent.checkpoint.SealedReport;
import com.ooma.telo.agent.checkpoint.WindowCheckpoint;
import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.event.RedactedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * Keeps the aggregate windows moving between the worker and the outbox: closes them on time (health first sampled
 * with the agent's own counters), checkpoints them, puts them back at start, and applies consent and interval
 * changes to them. Guarded by the pipeline's lock.
 */
final class WindowKeeper {
    private final MetricWindows windows;
    private final WindowCheckpoint checkpoint;
    private final ReportOutbox outbox;
    private final Supplier<SortedMap<String, Long>> counters;
    private final Clock clock;
    private long restored;
    private final AgentSampler sampler = new AgentSampler();
    /** Windows that ended while the agent was down, held in the checkpoint until each is reported at start. */
    private final List<WindowSnapshot> recovering = new ArrayList<>();

    WindowKeeper(MetricWindows windows, WindowCheckpoint checkpoint, ReportOutbox outbox,
                 Supplier<SortedMap<String, Long>> counters, Clock clock) {
        this.windows = windows;
        this.checkpoint = checkpoint;
        this.outbox = outbox;
        this.counters = counters;
        this.clock = clock;
        outbox.beforeSpool(this::beforeSpool);
    }

    /**
     * Puts back what the last run checkpointed: reports it had sealed go into the spool (once), open windows
     * resume, windows that ended since are reported. Returns the checkpoint's unknown series.
     */
    long recover() {
        Instant now = clock.instant();
        List<WindowSnapshot> read = checkpoint.read();
        for (SealedReport r : checkpoint.sealedAtRead()) {
            if (windows.allowed(Channel.valueOf(r.channel().toUpperCase(java.util.Locale.ROOT)))
                    && outbox.restore(r)) {
                restored++;
            }
        }
        for (WindowSnapshot s : read) {
            if (!windows.allowed(s.channel())) {
                continue; // consent was lowered while the agent was down
            }
            if (now.isBefore(s.window().end())) {
                windows.restore(List.of(s));
            } else {
                recovering.add(s);
            }
        }
        while (!recovering.isEmpty()) {
            report(recovering.remove(0)); // each checkpoint write on the way still holds the ones not yet reported
        }
        return checkpoint.unknownSeries();
    }

    /** Reports the last run had sealed that this start put into the spool. */
    long restoredReports() {
        return restored;
    }

    /**
     * Takes the agent's counters into the open windows now (at start: damage found while replaying the spool then
     * sits in a checkpointed window, so a crash before the next report cannot lose the count).
     */
    void sampleNow() {
        sampler.sample(counters.get(), windows);
        checkpoint.write(state(), outbox.held());
    }

    /** Counts an event into the window open now, not into one that ended while the worker was idle. */
    void accept(RedactedEvent e) {
        closeDue();
        windows.accept(e);
    }

    void closeDue() {
        // One reading of the clock: a window that closes is always the one just sampled, even when the clock
        // passes a boundary between the two steps.
        Instant now = clock.instant();
        if (windows.isDue(Channel.HEALTH, now) || windows.isDue(Channel.USAGE, now)) {
            sampler.sample(counters.get(), windows); // usage takes the call events' share of the agent's counters
        }
        windows.closeDue(now).forEach(this::report);
    }

    /** After each worker pass: release jittered usage, checkpoint if anything changed and a second has passed. */
    void afterPass() {
        boolean changed = windows.takeDirty() | outbox.releaseDue() | outbox.retryHeld() | outbox.takeSpooled();
        checkpoint.maybeWrite(changed, this::state, outbox::held);
    }

    /** A consent level takes effect: what it does not allow leaves memory, the spool and the checkpoint. */
    void consent(ConsentLevel level) {
        windows.setConsent(level);
        if (!level.allowsUsage()) {
            outbox.purge(Channel.USAGE);
        }
        if (!level.allowsHealth()) {
            outbox.purge(Channel.HEALTH);
        }
        checkpoint.write(state(), outbox.held());
    }

    /** New intervals; a window the new schedule has outrun is reported now. */
    void reschedule(WindowSchedule health, WindowSchedule usage) {
        windows.setSchedule(Channel.HEALTH, health);
        windows.setSchedule(Channel.USAGE, usage);
        windows.closeOverdue().forEach(this::report);
    }

    /** Shutdown: every window, waiting or open, is reported now (no jitter) and the emptied state checkpointed. */
    void closeAll() {
        outbox.flush();
        if (windows.allowed(Channel.HEALTH)) {
            sampler.sample(counters.get(), windows); // before usage closes: it takes the call events' share
        }
        if (windows.allowed(Channel.USAGE)) {
            outbox.storeUsage(windows.closeNow(Channel.USAGE));
        }
        if (windows.allowed(Channel.HEALTH)) {
            outbox.storeHealth(windows.closeNow(Channel.HEALTH));
        }
        checkpoint.write(state(), outbox.held());
    }

    private void report(WindowSnapshot s) {
        if (s.channel() == Channel.HEALTH) {
            outbox.storeHealth(s);
        } else {
            outbox.queueUsage(s);
        }
    }

    /**
     * A report was sealed from a window that has left {@link #state()}: the checkpoint trades the window for the
     * sealed bytes now, before the spool append, so a kill on either side of it reports the window exactly once.
     */
    private void beforeSpool(List<SealedReport> sealed) {
        checkpoint.write(state(), sealed);
    }

    private List<WindowSnapshot> state() {
        List<WindowSnapshot> state = new ArrayList<>(windows.open());
        state.addAll(outbox.waiting());
        state.addAll(recovering);
        return state;
    }
}
