package com.ooma.telo.simulator.hil;

import com.ooma.telo.simulator.broker.EmbeddedBroker;
import com.ooma.telo.simulator.fault.AppliedFault;
import com.ooma.telo.simulator.fault.PlannedFault;
import com.ooma.telo.simulator.hub.AgentStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plays every hub's script against simulated time, which runs {@code 1 day per dayLength} of wall time: each tick
 * sends each hub the events now due, and starts or ends the faults now due (a fault lasts its simulated duration
 * scaled the same way, but at least {@link #MIN_FAULT_WALL}, so agents notice it). A sampler polls every agent's
 * {@code /status} once a second for the spool-depth plot, and goes on through the drain until stopped.
 */
final class FleetPlayback {
    static final Duration MIN_FAULT_WALL = Duration.ofSeconds(2);
    private static final long TICK_MS = 100;
    private static final long SAMPLE_MS = 1_000;

    private final List<HubRunner> hubs;
    private final List<PlannedFault> faults;
    private final EmbeddedBroker broker;
    private final long simStartMs;
    private final long simEndMs;
    private final double speed;
    private final Timeline timeline;
    private final Progress progress;
    private final PrintWriter out;
    private final Set<Integer> busy = ConcurrentHashMap.newKeySet();
    private final Set<Integer> dead = ConcurrentHashMap.newKeySet();
    private final List<Thread> restarts = new ArrayList<>();
    private final long wall0;
    private volatile boolean sampling = true;
    private Thread sampler;

    FleetPlayback(List<HubRunner> hubs, List<PlannedFault> faults, EmbeddedBroker broker, long simStartMs,
            long simEndMs, Duration dayLength, long wall0, Timeline timeline, Progress progress, PrintWriter out) {
        this.hubs = hubs;
        this.faults = faults.stream().filter(PlannedFault::applied).toList();
        this.broker = broker;
        this.simStartMs = simStartMs;
        this.simEndMs = simEndMs;
        this.speed = 86_400_000.0 / dayLength.toMillis();
        this.wall0 = wall0;
        this.timeline = timeline;
        this.progress = progress;
        this.out = out;
    }

    /** Plays to the end of simulated time; returns with every fault ended and every restarted agent up. */
    void play() throws InterruptedException, IOException {
        long playStart = System.currentTimeMillis();
        sampler = new Thread(this::sampleLoop, "hil-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long[] startedWall = new long[faults.size()];
        boolean[] ended = new boolean[faults.size()];
        while (true) {
            long wall = System.currentTimeMillis();
            long sim = simStartMs + (long) ((wall - playStart) * speed);
            for (int i = 0; i < faults.size(); i++) {
                PlannedFault f = faults.get(i);
                if (startedWall[i] == 0 && sim >= simStartMs + f.atMs()) {
                    startedWall[i] = wall;
                    start(f, wall);
                    ended[i] = f.durationMs() == 0;
                }
                long wallLength = Math.max(MIN_FAULT_WALL.toMillis(), (long) (f.durationMs() / speed));
                if (startedWall[i] != 0 && !ended[i] && wall >= startedWall[i] + wallLength) {
                    ended[i] = true;
                    end(f, startedWall[i], System.currentTimeMillis());
                }
            }
            boolean simulatedTimeOver = sim >= simEndMs;
            for (HubRunner h : hubs) {
                if (!busy.contains(h.index) && !dead.contains(h.index)) {
                    try {
                        h.sendUpTo(simulatedTimeOver ? Long.MAX_VALUE : sim);
                    } catch (IOException e) {
                        dead.add(h.index);
                        out.println("hil: hub " + h.index + ": the ingest socket failed (" + e.getClass()
                                .getSimpleName() + "); no more events are sent to it");
                    }
                }
            }
            progress.show((double) (Math.min(sim, simEndMs) - simStartMs) / (simEndMs - simStartMs),
                    "simulated " + Instant.ofEpochMilli(Math.min(sim, simEndMs)) + active(startedWall, ended));
            boolean allEnded = true;
            for (int i = 0; i < faults.size(); i++) {
                allEnded &= ended[i];
            }
            if (simulatedTimeOver && allEnded && busy.isEmpty()) {
                break;
            }
            Thread.sleep(TICK_MS);
        }
        for (Thread t : restarts) {
            t.join();
        }
        progress.end();
    }

    /** Stops the spool sampler (after the drain). */
    void stopSampling() throws InterruptedException {
        sampling = false;
        if (sampler != null) {
            sampler.join(2 * SAMPLE_MS);
        }
    }

    Set<Integer> deadHubs() {
        return Set.copyOf(dead);
    }

    private String active(long[] started, boolean[] ended) {
        List<String> active = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            if (started[i] != 0 && !ended[i]) {
                active.add(faults.get(i).name());
            }
        }
        return active.isEmpty() ? "" : ", fault: " + String.join(", ", active);
    }

    private void start(PlannedFault f, long wall) throws IOException {
        out.println("hil: fault " + f.describe());
        out.flush();
        switch (f.kind()) {
            case BROKER_RESTART -> broker.stop();
            case NETWORK_PARTITION -> f.hubs().forEach(i -> hubs.get(i).proxy.partition());
            case NETWORK_STALL -> f.hubs().forEach(i -> hubs.get(i).proxy.stall());
            case AGENT_KILL -> {
                for (int i : f.hubs()) {
                    busy.add(i);
                    Thread t = new Thread(() -> killAndRestart(f, hubs.get(i), wall), "hil-restart-" + i);
                    restarts.add(t);
                    t.start();
                }
            }
            case DISK_FULL -> {
                long filled = 0;
                for (int i : f.hubs()) {
                    filled += hubs.get(i).disk().fill();
                }
                out.println("hil: filled " + f.hubs().size() + " hub(s)' spool file system(s) with "
                        + filled / 1024 + " KiB");
            }
            case CLOCK_JUMP -> {
                for (int i : f.hubs()) {
                    hubs.get(i).clock().jump(f.fault().by());
                }
                timeline.fault(new AppliedFault(f.name(), f.fault().at().toString(), wall - wall0, wall - wall0,
                        f.hubs(), f.hubs().size() + " hub(s)' agent wall clock stepped by " + f.fault().by()
                                + " (now " + hubs.get(f.hubs().get(0)).clock().offset() + " off the host's);"
                                + " the monotonic clock untouched"));
            }
            default -> throw new IllegalStateException("not applied: " + f.name());
        }
    }

    private void end(PlannedFault f, long startWall, long endWall) throws IOException {
        String outcome;
        switch (f.kind()) {
            case BROKER_RESTART -> {
                broker.resume();
                outcome = "the broker was down for " + seconds(endWall - startWall) + " and came back on port "
                        + broker.port() + " with no sessions";
            }
            case NETWORK_PARTITION -> {
                f.hubs().forEach(i -> hubs.get(i).proxy.heal());
                outcome = "every link of " + f.hubs().size() + " hub(s) was cut and new ones refused for "
                        + seconds(endWall - startWall) + ", then healed";
            }
            case NETWORK_STALL -> {
                f.hubs().forEach(i -> hubs.get(i).proxy.heal());
                outcome = f.hubs().size() + " hub(s)' links carried no byte for " + seconds(endWall - startWall)
                        + " (held open, no reset), then resumed";
            }
            case DISK_FULL -> {
                for (int i : f.hubs()) {
                    hubs.get(i).disk().release();
                }
                outcome = f.hubs().size() + " hub(s)' " + hubs.get(f.hubs().get(0)).disk().bytes() / (1024 * 1024)
                        + " MiB spool and state file system was full for " + seconds(endWall - startWall)
                        + " (a filler file to the last byte), then freed";
            }
            default -> throw new IllegalStateException("no end for " + f.name());
        }
        timeline.fault(new AppliedFault(f.name(), f.fault().at().toString(), startWall - wall0, endWall - wall0,
                f.hubs(), outcome));
    }

    private void killAndRestart(PlannedFault f, HubRunner h, long wall) {
        String outcome;
        try {
            long readyMs = h.killAndRestart();
            outcome = "hub " + h.index + " killed with SIGKILL after " + h.sent() + " lines; restarted on the same"
                    + " state and spool, ready in " + readyMs + " ms";
        } catch (IOException e) {
            dead.add(h.index);
            outcome = "hub " + h.index + " did not come back after SIGKILL: " + e.getMessage();
            out.println("hil: " + outcome);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            busy.remove(h.index);
        }
        long end = System.currentTimeMillis();
        timeline.fault(new AppliedFault(f.name(), f.fault().at().toString(), wall - wall0, end - wall0,
                List.of(h.index), outcome));
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private void sampleLoop() {
        while (sampling) {
            long wall = System.currentTimeMillis();
            long spool = 0;
            long max = 0;
            int connected = 0;
            int answered = 0;
            for (HubRunner h : hubs) {
                if (busy.contains(h.index) || dead.contains(h.index)) {
                    continue;
                }
                try {
                    AgentStatus s = h.statusIfRunning();
                    if (s == null) {
                        continue;
                    }
                    spool += s.spoolPending();
                    max = Math.max(max, s.spoolPending());
                    connected += s.brokerConnected() ? 1 : 0;
                    answered++;
                } catch (IOException e) {
                    // an agent between kill and restart, or stopping: no sample from it this time
                } catch (InterruptedException e) {
                    return;
                }
            }
            timeline.sample(new Timeline.Sample(wall - wall0, spool, max, connected, answered));
            try {
                Thread.sleep(Math.max(1, SAMPLE_MS - (System.currentTimeMillis() - wall)));
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
