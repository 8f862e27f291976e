package com.ooma.telo.agent;

import com.ooma.telo.agent.aggregate.Channel;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricWindows;
import com.ooma.telo.agent.aggregate.WindowSnapshot;
import com.ooma.telo.agent.checkpoint.SealedReport;
import com.ooma.telo.agent.encode.ReportEncoder;
import com.ooma.telo.agent.privacy.UsagePrivacy;
import com.ooma.telo.agent.publish.MqttPublisher;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.MessageType;
import com.ooma.telo.agent.spool.AppendResult;
import com.ooma.telo.agent.spool.Spool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import com.ooma.telo.agent.log.ThrottledLog;
import org.tinylog.Logger;

/**
 * The back half of the pipeline for closed windows: usage waits out its jitter (in memory and in the checkpoint),
 * then privacy → encode → seal → spool → publish; health goes straight through. Guarded by the pipeline's lock.
 */
final class ReportOutbox {
    private final ReportEncoder encoder;
    private final UsagePrivacy privacy;
    private final EnvelopeSealer sealer;
    private final Spool spool;
    private final MqttPublisher publisher;
    private final PipelineCounters counters;
    private final MetricWindows windows;
    private final Clock clock;
    private final java.util.function.LongSupplier nanos;
    private final Random random;
    private final Duration jitter;
    private final Deque<Pending> jittered = new ArrayDeque<>();
    private final com.ooma.telo.agent.diag.LastReports lastReports;
    /** Makes sealed reports durable before one goes into the spool (the checkpoint); see {@link WindowKeeper}. */
    private java.util.function.Consumer<List<SealedReport>> beforeSpool = r -> { };
    private boolean spooledSinceCheckpoint;
    /** How often held reports are offered to the spool again: a full disk is not retried on every worker pass. */
    static final long RETRY_NANOS = 10_000_000_000L;
    private final HeldReports held = new HeldReports();
    private long nextRetryNanos;

    /** @param dueNanos on the monotonic clock, so a wall clock stepped back does not hold the report for a day */
    private record Pending(long dueNanos, WindowSnapshot snapshot) {
    }

    ReportOutbox(ReportEncoder encoder, UsagePrivacy privacy, EnvelopeSealer sealer, Spool spool,
                 MqttPublisher publisher, PipelineCounters counters, MetricWindows windows, Clock clock,
                 java.util.function.LongSupplier nanos, Random random, Duration jitter,
                 com.ooma.telo.agent.diag.LastReports lastReports) {
        this.lastReports = lastReports;
        this.encoder = encoder;
        this.privacy = privacy;
        this.sealer = sealer;
        this.spool = spool;
        this.publisher = publisher;
        this.counters = counters;
        this.windows = windows;
        this.clock = clock;
        this.nanos = nanos;
        this.random = random;
        this.jitter = jitter;
    }

    /** Called with the held reports and the one just sealed, before it is appended to the spool. */
    void beforeSpool(java.util.function.Consumer<List<SealedReport>> hook) {
        this.beforeSpool = hook;
    }

    /** True once after reports went into the spool: the checkpoint holding their sealed bytes may drop them. */
    boolean takeSpooled() {
        boolean was = spooledSinceCheckpoint;
        spooledSinceCheckpoint = false;
        return was;
    }

    /**
     * Puts a report sealed by the last run into the spool, unless the spool already holds it: the last run was
     * killed after writing it into the checkpoint and perhaps before spooling it. If it was spooled, delivered and
     * acknowledged before the kill, this sends it again: a duplicate (same seq, same bytes), never a second count.
     */
    boolean restore(SealedReport r) {
        byte[] envelope = r.envelope();
        for (com.ooma.telo.agent.spool.SpoolRecord p : spool.pending()) {
            if (java.util.Arrays.equals(p.sealed(), envelope)) {
                return false;
            }
        }
        if (!held.isEmpty() || append(r.channel(), envelope) instanceof AppendResult.Failed) {
            hold(r);
        }
        return true;
    }

    /**
     * A closed usage window waits until a random point within {@code report.jitter} after its end, so reports do
     * not all leave at midnight; a window that ended long ago (recovered after downtime) leaves at once.
     */
    void queueUsage(WindowSnapshot s) {
        long jitterMs = jitter.isZero() ? 0 : (long) (random.nextDouble() * jitter.toMillis());
        long untilDueMs = Math.max(0, s.window().end().plusMillis(jitterMs).toEpochMilli() - clock.millis());
        jittered.addLast(new Pending(nanos.getAsLong() + untilDueMs * 1_000_000, s));
    }

    /** Stores the usage reports whose jitter has passed; true when any left the queue. */
    boolean releaseDue() {
        long now = nanos.getAsLong();
        boolean released = false;
        while (!jittered.isEmpty() && now - jittered.peekFirst().dueNanos() >= 0) {
            storeUsage(jittered.pollFirst().snapshot());
            released = true;
        }
        return released;
    }

    /** Stores every waiting usage report now, held ones first (shutdown). */
    void flush() {
        retryHeld(true);
        while (!jittered.isEmpty()) {
            storeUsage(jittered.pollFirst().snapshot());
        }
    }

    /** The usage windows still waiting, for the checkpoint. */
    List<WindowSnapshot> waiting() {
        return jittered.stream().map(Pending::snapshot).toList();
    }

    /** Forgets what a lowered consent no longer allows, in memory and in the spool. */
    void purge(Channel channel) {
        if (channel == Channel.USAGE) {
            jittered.clear();
        }
        counters.add("reports_purged." + channel.label(), spool.purge(channel.label()::equals)
                + held.purge(channel.label()));
    }

    void storeUsage(WindowSnapshot s) {
        UsagePrivacy.Outcome o = privacy.apply(s);
        if (o instanceof UsagePrivacy.Withheld) {
            windows.record(Metric.METRIC_DROPS, 1, "budget_refused");
            Logger.warn("privacy: daily ε budget spent; noised usage metrics withheld from this report");
        }
        store(Channel.USAGE, encoder.usage(o.snapshot(), o.microEpsilon()));
    }

    void storeHealth(WindowSnapshot s) {
        store(Channel.HEALTH, encoder.health(s));
    }

    /**
     * Seals and spools one report. A seal that fails (the seq block cannot be reserved on a full disk) is counted,
     * never thrown past the window it would lose. When the spool cannot take a usage report, the oldest health
     * reports make room: a day of calling aggregates outweighs a quarter hour of device figures, and a usage window
     * that could be kept by dropping health is never dropped.
     */
    private void store(Channel channel, byte[] payload) {
        byte[] sealed;
        try {
            sealed = sealer.seal(MessageType.TELEMETRY, payload);
        } catch (RuntimeException e) {
            counters.increment("reports_dropped." + channel.label() + ".seal_failed");
            ThrottledLog.warn("seal: a {} report could not be sealed ({})", channel.label(),
                    e.getClass().getSimpleName());
            return;
        }
        lastReports.sealed(channel.label(), payload, clock.instant()); // for the status page, as sealed
        SealedReport report = new SealedReport(channel.label(), sealed);
        List<SealedReport> unspooled = new java.util.ArrayList<>(held.all());
        unspooled.add(report);
        beforeSpool.accept(unspooled); // the window leaves the checkpoint for these bytes
        retryHeld(true); // the disk may have room again for what it refused before
        if (!held.isEmpty()) {
            hold(report); // it still refuses them: queue behind them, in order
            return;
        }
        AppendResult r = append(channel.label(), sealed);
        if (r instanceof AppendResult.Appended) {
            counters.increment("reports_spooled." + channel.label());
        } else if (r instanceof AppendResult.Failed) {
            hold(report);
        }
    }

    /** The sealed reports the spool could not take yet, oldest first, for the checkpoint. */
    List<SealedReport> held() {
        return held.all();
    }

    /**
     * Offers the held reports to the spool again, at most every {@link #RETRY_NANOS}; true when any went in (the
     * checkpoint may then drop them).
     */
    boolean retryHeld() {
        return retryHeld(false);
    }

    /** As {@link #retryHeld()}; {@code now} tries at once (a new report is being stored, or the agent stops). */
    boolean retryHeld(boolean now) {
        long t = nanos.getAsLong();
        if (held.isEmpty() || !now && t - nextRetryNanos < 0) {
            return false;
        }
        nextRetryNanos = t + RETRY_NANOS;
        List<SealedReport> taken = held.offer(r -> {
            AppendResult a = append(r.channel(), r.envelope());
            if (a instanceof AppendResult.Appended) {
                counters.increment("reports_spooled." + r.channel());
            }
            return !(a instanceof AppendResult.Failed); // a spool at its bound dropped it (counted): not held
        });
        if (!taken.isEmpty() && held.isEmpty()) {
            Logger.info("spool: the {} held report(s) are stored now", taken.size());
        }
        return !taken.isEmpty();
    }

    private void hold(SealedReport r) {
        counters.increment("reports_held." + r.channel());
        ThrottledLog.warn("spool: a {} report is held in memory until the spool can store it", r.channel());
        if (held.isEmpty()) {
            nextRetryNanos = nanos.getAsLong() + RETRY_NANOS; // the first refusal starts the retry clock
        }
        for (SealedReport dropped : held.hold(r)) {
            counters.increment("reports_dropped." + dropped.channel() + ".spool_error");
            ThrottledLog.warn("spool: a held {} report was dropped: more than {} bytes held", dropped.channel(),
                    HeldReports.MAX_BYTES);
        }
    }

    /**
     * Appends to the spool, a usage report making room by evicting health. A spool at its bound drops the report
     * (counted); a write that failed (a full disk) is for the caller to hold.
     */
    private AppendResult append(String channel, byte[] sealed) {
        AppendResult r = spool.append(channel, sealed);
        if (!(r instanceof AppendResult.Appended) && channel.equals(Channel.USAGE.label())) {
            int evicted = spool.evictOldest(Channel.HEALTH.label(), sealed.length);
            if (evicted > 0) {
                counters.add("reports_purged.health.evicted", evicted);
                r = spool.append(channel, sealed);
            }
        }
        spooledSinceCheckpoint = true; // kept, held or dropped, the checkpoint need not hold these bytes as before
        if (r instanceof AppendResult.Appended) {
            publisher.kick();
        } else if (r instanceof AppendResult.Full) {
            counters.increment("reports_dropped." + channel + ".spool_full");
            Logger.warn("spool: a {} report could not be stored (Full)", channel);
        }
        return r;
    }
}
