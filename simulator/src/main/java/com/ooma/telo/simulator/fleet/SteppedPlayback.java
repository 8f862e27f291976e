package com.ooma.telo.simulator.fleet;

import com.ooma.telo.agent.AgentPipeline;
import com.ooma.telo.agent.aggregate.WindowSchedule;
import com.ooma.telo.simulator.hil.Progress;
import com.ooma.telo.simulator.report.RunReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Plays every hub's script in simulated time, step by step. Each hub is sent its events up to the next report-window
 * boundary or fault instant in one batch, on the clock at the batch's start: each lands in the window of its time,
 * and a thousand hubs cost a socket write per window rather than per event. Before the clocks pass a report-window boundary
 * waits until every agent has handled what it was sent; after moving the clocks it wakes every worker and waits for
 * two passes, so each report is cut on its own boundary, whatever the machine's speed: the same seed gives the same
 * reports. Between steps it waits (bounded) for connected, unfaulted hubs to have their spool acknowledged, so no
 * publish deadline on the simulated monotonic clock expires because the harness ran ahead of the broker.
 */
final class SteppedPlayback {
    /** A simulated minute per step; 5 s while a hub reconnects (its connect deadline is 20 s of simulated time). */
    static final long STEP_MS = 60_000;
    static final long RECOVERY_STEP_MS = 5_000;
    /** How long (real) a step waits for acks before going on: a hub the broker is slow to answer must not stall all. */
    private static final long SETTLE_MAX_MS = 2_000;

    private final List<FleetHub> hubs;
    private final SimulatedTime time;
    private final FleetFaults faults;
    private final WindowSchedule health;
    private final WindowSchedule usage;
    private final long simStartMs;
    private final long simEndMs;
    private final Duration waitMax;
    private final Progress progress;
    private final PrintWriter out;
    private final List<RunReport.SpoolPoint> samples = new ArrayList<>();
    private long waitsTimedOut;
    /** Real time spent sending, waiting for handling, for passes, and for acks/faults: where a run's time goes. */
    private final long[] spentNs = new long[4];
    private long steps;

    SteppedPlayback(List<FleetHub> hubs, SimulatedTime time, FleetFaults faults,
            WindowSchedule health, WindowSchedule usage, long simStartMs, long simEndMs, Duration waitMax,
            Progress progress, PrintWriter out) {
        this.hubs = hubs;
        this.time = time;
        this.faults = faults;
        this.health = health;
        this.usage = usage;
        this.simStartMs = simStartMs;
        this.simEndMs = simEndMs;
        this.waitMax = waitMax;
        this.progress = progress;
        this.out = out;
    }

    /** Plays to the end of simulated time, every fault started and ended on its simulated time. */
    void play() throws Exception {
        awaitAll(h -> h.progress().connected(), waitMax.toMillis(), "connected to the broker");
        long now = simStartMs;
        while (now < simEndMs || faults.pending()) {
            boolean recovering = hubs.stream().anyMatch(h -> !h.progress().connected());
            long step = recovering ? RECOVERY_STEP_MS : STEP_MS;
            long next = Math.min(simStartMs + ((now - simStartMs) / step + 1) * step, faults.nextAfter(now));
            next = now < simEndMs ? Math.min(next, simEndMs) : next;
            long t0 = System.nanoTime();
            long horizon = Math.min(nextBoundary(now), faults.nextAfter(now));
            for (FleetHub h : hubs) {
                h.sendUpTo(now < simEndMs ? Math.min(horizon, simEndMs) : Long.MAX_VALUE);
            }
            long t1 = System.nanoTime();
            spentNs[0] += t1 - t0;
            boolean boundary = crossesBoundary(now, next);
            List<FleetHub> killed = faults.killsAt(next);
            if (boundary || !killed.isEmpty()) {
                awaitAll(FleetHub::caughtUp, waitMax.toMillis(), "handled every event sent");
            }
            long t2 = System.nanoTime();
            spentNs[1] += t2 - t1;
            time.advanceTo(next);
            now = next;
            if (boundary || !killed.isEmpty()) {
                awaitPasses(); // the reports of the boundary are cut; a kill finds the checkpoint written
            }
            long t3 = System.nanoTime();
            spentNs[2] += t3 - t2;
            faults.apply(now);
            settle();
            spentNs[3] += System.nanoTime() - t3;
            steps++;
            if (boundary) {
                sample(now);
            }
            progress.show((double) (Math.min(now, simEndMs) - simStartMs) / (simEndMs - simStartMs),
                    "simulated " + Instant.ofEpochMilli(Math.min(now, simEndMs)) + faults.active());
        }
        awaitAll(FleetHub::caughtUp, waitMax.toMillis(), "handled every event sent");
        progress.end();
        out.println(String.format(java.util.Locale.ROOT, "hil: %d steps; real time sending %.1f s, waiting for the"
                + " workers to handle %.1f s, for passes after the clocks moved %.1f s, for acks and faults %.1f s",
                steps, spentNs[0] / 1e9, spentNs[1] / 1e9, spentNs[2] / 1e9, spentNs[3] / 1e9));
        if (waitsTimedOut > 0) {
            out.println("hil: " + waitsTimedOut + " wait(s) for the agents ran out; the run may not be repeatable");
        }
    }

    List<RunReport.SpoolPoint> samples() {
        return List.copyOf(samples);
    }

    long waitsTimedOut() {
        return waitsTimedOut;
    }

    /** The first end of a health or usage window after {@code now}, over every hub's own wall clock. */
    private long nextBoundary(long now) {
        return hubs.stream().mapToLong(FleetHub::wallOffsetMs).distinct().map(off -> Math.min(
                health.windowAt(Instant.ofEpochMilli(now + off)).end().toEpochMilli(),
                usage.windowAt(Instant.ofEpochMilli(now + off)).end().toEpochMilli()) - off).min().orElse(now);
    }

    /** Whether a health or usage window of any hub ends in (now, next], on that hub's own wall clock. */
    private boolean crossesBoundary(long now, long next) {
        return hubs.stream().mapToLong(FleetHub::wallOffsetMs).distinct().anyMatch(off -> ends(health, now, next, off)
                || ends(usage, now, next, off));
    }

    private static boolean ends(WindowSchedule s, long now, long next, long off) {
        return !s.windowAt(Instant.ofEpochMilli(now + off)).end().isAfter(Instant.ofEpochMilli(next + off));
    }

    /** Wakes every worker and waits until each finished two passes: the second began after the clocks moved. */
    private void awaitPasses() throws InterruptedException {
        long[] before = new long[hubs.size()];
        for (int i = 0; i < hubs.size(); i++) {
            before[i] = hubs.get(i).progress().workerPasses();
            hubs.get(i).wake();
        }
        long deadline = System.nanoTime() + waitMax.toNanos();
        for (int i = 0; i < hubs.size(); i++) {
            FleetHub h = hubs.get(i);
            while (h.progress().workerPasses() < before[i] + 2) {
                if (System.nanoTime() > deadline) {
                    waitsTimedOut++;
                    return;
                }
                h.wake();
                LockSupport.parkNanos(100_000);
            }
        }
    }

    /**
     * Hubs with no network fault on their path: until a connect attempt in progress has its answer (CONNACK, or a
     * refusal while the broker is down), and a connected hub's spool is acknowledged. Bounded: the fleet must not
     * stall on one hub.
     */
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + waitMax.toNanos();
        long acksDeadline = System.nanoTime() + SETTLE_MAX_MS * 1_000_000;
        for (FleetHub h : hubs) {
            if (faults.networkFaulted(h)) {
                continue;
            }
            while (true) {
                AgentPipeline.Progress p = h.progress();
                boolean done = !p.connecting() && (!p.connected() || p.spoolPending() == 0
                        || System.nanoTime() > acksDeadline);
                if (done) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    waitsTimedOut++;
                    out.println("hil: hub " + h.index() + " still connecting after " + waitMax.toSeconds() + " s");
                    break;
                }
                LockSupport.parkNanos(200_000);
            }
        }
    }

    private void awaitAll(Predicate<FleetHub> ready, long maxMs, String what) throws InterruptedException {
        long deadline = System.nanoTime() + maxMs * 1_000_000;
        for (FleetHub h : hubs) {
            while (!ready.test(h)) {
                if (System.nanoTime() > deadline) {
                    waitsTimedOut++;
                    out.println("hil: hub " + h.index() + " not " + what + " within " + maxMs / 1000 + " s");
                    return;
                }
                LockSupport.parkNanos(200_000);
            }
        }
    }

    private void sample(long now) {
        long pending = 0;
        long max = 0;
        int connected = 0;
        for (FleetHub h : hubs) {
            AgentPipeline.Progress p = h.progress();
            pending += p.spoolPending();
            max = Math.max(max, p.spoolPending());
            connected += p.connected() ? 1 : 0;
        }
        samples.add(new RunReport.SpoolPoint(now - simStartMs, pending, max, connected));
    }
}
