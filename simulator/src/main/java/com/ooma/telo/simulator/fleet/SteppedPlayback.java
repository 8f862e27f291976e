package com.ooma.telo.simulator.fleet;

import com.ooma.telo.agent.AgentPipeline;
import com.ooma.telo.agent.aggregate.WindowSchedule;
import com.ooma.telo.simulator.broker.EmbeddedBroker;
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
 * Plays every hub's script in simulated time, step by step: sends each hub the events of the step (on the clock at
 * the step's start, so each lands in the window of its time), and before the clocks pass a report-window boundary
 * waits until every agent has handled what it was sent; after moving the clocks it wakes every worker and waits for
 * two passes, so each report is cut on its own boundary, whatever the machine's speed: the same seed gives the same
 * reports. Between steps it waits (bounded) for connected, unfaulted hubs to have their spool acknowledged, so no
 * publish deadline on the simulated monotonic clock expires because the harness ran ahead of the broker.
 */
final class SteppedPlayback {
    /** A simulated minute per step; 5 s while a hub reconnects (its connect deadline is 20 s of simulated time). */
    static final long STEP_MS = 60_000;
    static final long RECOVERY_STEP_MS = 5_000;
    /** How long (real) a step waits for acks or a reconnect before going on: the fleet must not stall on one hub. */
    private static final long SETTLE_MAX_MS = 2_000;
    private static final long CONNECT_GRACE_MS = 50;

    private final List<FleetHub> hubs;
    private final SimulatedTime time;
    private final EmbeddedBroker broker;
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

    SteppedPlayback(List<FleetHub> hubs, SimulatedTime time, EmbeddedBroker broker, FleetFaults faults,
            WindowSchedule health, WindowSchedule usage, long simStartMs, long simEndMs, Duration waitMax,
            Progress progress, PrintWriter out) {
        this.hubs = hubs;
        this.time = time;
        this.broker = broker;
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
        while (now < simEndMs || faults.pending(now)) {
            boolean recovering = hubs.stream().anyMatch(h -> !h.progress().connected());
            long step = recovering ? RECOVERY_STEP_MS : STEP_MS;
            long next = Math.min(simStartMs + ((now - simStartMs) / step + 1) * step, faults.nextAfter(now));
            next = now < simEndMs ? Math.min(next, simEndMs) : next;
            for (FleetHub h : hubs) {
                h.sendUpTo(next);
            }
            boolean boundary = crossesBoundary(now, next);
            List<FleetHub> killed = faults.killsAt(next);
            if (boundary || !killed.isEmpty()) {
                awaitAll(FleetHub::caughtUp, waitMax.toMillis(), "handled every event sent");
            }
            time.advanceTo(next);
            now = next;
            if (boundary || !killed.isEmpty()) {
                awaitPasses(); // the reports of the boundary are cut; a kill finds the checkpoint written
            }
            faults.apply(now);
            settle();
            if (boundary) {
                sample(now);
            }
            progress.show((double) (Math.min(now, simEndMs) - simStartMs) / (simEndMs - simStartMs),
                    "simulated " + Instant.ofEpochMilli(Math.min(now, simEndMs)) + faults.active());
        }
        awaitAll(FleetHub::caughtUp, waitMax.toMillis(), "handled every event sent");
        progress.end();
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
     * Connected hubs with no fault on their path: until their spool is acknowledged. Disconnected ones while the
     * broker is up: a short grace to finish a connect attempt before the clocks move on.
     */
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_MAX_MS * 1_000_000;
        long graceEnd = System.nanoTime() + CONNECT_GRACE_MS * 1_000_000;
        for (FleetHub h : hubs) {
            if (!broker.running() || faults.networkFaulted(h)) {
                continue;
            }
            while (true) {
                AgentPipeline.Progress p = h.progress();
                boolean done = p.connected() ? p.spoolPending() == 0 : System.nanoTime() > graceEnd;
                if (done || System.nanoTime() > deadline) {
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
