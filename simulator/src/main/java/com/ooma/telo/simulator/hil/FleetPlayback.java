package com.ooma.telo.simulator.hil;

import com.ooma.telo.simulator.broker.EmbeddedBroker;
import com.ooma.telo.simulator.fault.PlannedFault;
import com.ooma.telo.simulator.hub.AgentStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plays every hub's script against simulated time, which runs {@code 1 day per dayLength} of wall time: each tick
 * sends each hub the events now due, and starts or ends the faults now due (a fault lasts its simulated duration
 * scaled the same way, but at least {@link #MIN_FAULT_WALL}, so agents notice it). A sampler polls every agent's
 * {@code /status} once a second for the spool-depth plot.
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
    private volatile long wall0;
    private volatile boolean sampling = true;

    FleetPlayback(List<HubRunner> hubs, List<PlannedFault> faults, EmbeddedBroker broker, long simStartMs,
            long simEndMs, Duration dayLength, Timeline timeline, Progress progress, PrintWriter out) {
        this.hubs = hubs;
        this.faults = faults.stream().filter(PlannedFault::applied).toList();
        this.broker = broker;
        this.simStartMs = simStartMs;
        this.simEndMs = simEndMs;
        this.speed = 86_400_000.0 / dayLength.toMillis();
        this.timeline = timeline;
        this.progress = progress;
        this.out = out;
    }

    /** Plays to the end of simulated time; returns with every fault ended and every restarted agent up. */
    void play() throws InterruptedException, IOException {
        wall0 = System.currentTimeMillis();
        Thread sampler = new Thread(this::sampleLoop, "hil-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long[] faultStartedWall = new long[faults.size()];
        boolean[] ended = new boolean[faults.size()];
        while (true) {
            long wall = System.currentTimeMillis();
            long sim = simNow(wall);
            for (int i = 0; i < faults.size(); i++) {
                PlannedFault f = faults.get(i);
                if (faultStartedWall[i] == 0 && sim >= simStartMs + f.atMs()) {
                    faultStartedWall[i] = wall;
                    start(f, wall);
                }
                long wallLength = Math.max(MIN_FAULT_WALL.toMillis(), (long) (f.durationMs() / speed));
                if (faultStartedWall[i] != 0 && !ended[i] && f.durationMs() > 0
                        && wall >= faultStartedWall[i] + wallLength) {
                    ended[i] = true;
                    end(f);
                    timeline.fault(new Timeline.FaultSpan(f.name(), faultStartedWall[i], wall, f.hubs().size()));
                }
            }
            boolean simulatedTimeOver = sim >= simEndMs;
            for (HubRunner h : hubs) {
                if (!busy.contains(h.index) && !dead.contains(h.index)) {
                    try {
                        h.sendUpTo(simulatedTimeOver ? Long.MAX_VALUE : sim, wall);
                    } catch (IOException e) {
                        dead.add(h.index);
                        out.println("hil: hub " + h.index + ": the ingest socket failed (" + e.getClass()
                                .getSimpleName() + "); no more events are sent to it");
                    }
                }
            }
            progress.show((double) (Math.min(sim, simEndMs) - simStartMs) / (simEndMs - simStartMs),
                    "simulated " + Instant.ofEpochMilli(Math.min(sim, simEndMs)) + faultsActive(faultStartedWall,
                            ended));
            boolean allEnded = true;
            for (int i = 0; i < faults.size(); i++) {
                allEnded &= faults.get(i).durationMs() == 0 ? faultStartedWall[i] != 0 : ended[i];
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
    void stopSampling() {
        sampling = false;
    }

    Set<Integer> deadHubs() {
        return Set.copyOf(dead);
    }

    private String faultsActive(long[] started, boolean[] ended) {
        List<String> active = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            if (started[i] != 0 && !ended[i] && faults.get(i).durationMs() > 0) {
                active.add(faults.get(i).name());
            }
        }
        return active.isEmpty() ? "" : ", fault: " + String.join(", ", active);
    }

    private long simNow(long wall) {
        return simStartMs + (long) ((wall - wall0) * speed);
    }

    private void start(PlannedFault f, long wall) throws IOException {
        out.println("hil: fault " + f.describe());
        switch (f.kind()) {
            case BROKER_RESTART -> broker.stop();
            case NETWORK_PARTITION -> f.hubs().forEach(i -> hubs.get(i).proxy.partition());
            case NETWORK_STALL -> f.hubs().forEach(i -> hubs.get(i).proxy.stall());
            case AGENT_KILL -> {
                for (int i : f.hubs()) {
                    busy.add(i);
                    Thread t = new Thread(() -> killAndRestart(hubs.get(i), wall), "hil-restart-" + i);
                    restarts.add(t);
                    t.start();
                }
                timeline.fault(new Timeline.FaultSpan(f.name(), wall, wall, f.hubs().size()));
            }
            default -> throw new IllegalStateException("not applied: " + f.name());
        }
    }

    private void end(PlannedFault f) throws IOException {
        switch (f.kind()) {
            case BROKER_RESTART -> broker.resume();
            case NETWORK_PARTITION, NETWORK_STALL -> f.hubs().forEach(i -> hubs.get(i).proxy.heal());
            default -> { }
        }
    }

    private void killAndRestart(HubRunner h, long wall) {
        try {
            h.killAndRestart(wall);
        } catch (IOException e) {
            dead.add(h.index);
            out.println("hil: hub " + h.index + ": the agent did not come back after kill -9: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            busy.remove(h.index);
        }
    }

    private void sampleLoop() {
        while (sampling) {
            long wall = System.currentTimeMillis();
            long spool = 0;
            int connected = 0;
            for (HubRunner h : hubs) {
                if (busy.contains(h.index) || dead.contains(h.index)) {
                    continue;
                }
                try {
                    AgentStatus s = h.status();
                    spool += s.spoolPending();
                    connected += s.brokerConnected() ? 1 : 0;
                } catch (IOException e) {
                    // an agent between kill and restart, or stopping: no sample from it this time
                } catch (InterruptedException e) {
                    return;
                }
            }
            timeline.sample(new Timeline.Sample(wall, Math.min(simNow(wall), simEndMs), spool, connected,
                    hubs.size()));
            try {
                Thread.sleep(Math.max(1, SAMPLE_MS - (System.currentTimeMillis() - wall)));
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
