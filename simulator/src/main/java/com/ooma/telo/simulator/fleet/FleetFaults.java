package com.ooma.telo.simulator.fleet;

import com.ooma.telo.simulator.broker.EmbeddedBroker;
import com.ooma.telo.simulator.fault.AppliedFault;
import com.ooma.telo.simulator.fault.PlannedFault;
import com.ooma.telo.simulator.scenario.FaultKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario's faults on simulated time, in fleet mode: each starts and ends at its simulated instant (the
 * playback steps to those instants exactly). A broker restart stops and starts the embedded broker; a partition or
 * stall acts on the proxies of the hubs it targets; an agent kill halts an instance (no seal, no flush) and starts
 * a new one on the same folders; a clock jump moves one hub's wall clock and leaves its monotonic clock alone.
 */
final class FleetFaults {
    private final List<PlannedFault> faults;
    private final List<FleetHub> hubs;
    private final EmbeddedBroker broker;
    private final long simStartMs;
    private final PrintWriter out;
    private final boolean[] started;
    private final boolean[] ended;
    private final List<AppliedFault> applied = new ArrayList<>();

    FleetFaults(List<PlannedFault> plan, List<FleetHub> hubs, EmbeddedBroker broker, long simStartMs,
            PrintWriter out) {
        this.faults = plan.stream().filter(PlannedFault::applied).toList();
        this.hubs = hubs;
        this.broker = broker;
        this.simStartMs = simStartMs;
        this.out = out;
        this.started = new boolean[faults.size()];
        this.ended = new boolean[faults.size()];
    }

    /** The kinds fleet mode applies itself; the proxies exist only for the hubs the network faults target. */
    static boolean isNetwork(FaultKind k) {
        return k == FaultKind.NETWORK_PARTITION || k == FaultKind.NETWORK_STALL;
    }

    /** Whether a fault has yet to start or to end. */
    boolean pending() {
        for (int i = 0; i < faults.size(); i++) {
            if (!started[i] || !ended[i]) {
                return true;
            }
        }
        return false;
    }

    /** The first fault start or end after {@code now} (simulated ms), or never. */
    long nextAfter(long now) {
        long next = Long.MAX_VALUE;
        for (int i = 0; i < faults.size(); i++) {
            long start = startMs(i);
            long end = start + faults.get(i).durationMs();
            if (!started[i] && start > now) {
                next = Math.min(next, start);
            } else if (!ended[i] && end > now) {
                next = Math.min(next, end);
            }
        }
        return next;
    }

    /** Hubs an agent kill due at {@code at} hits (the playback readies them for it). */
    List<FleetHub> killsAt(long at) {
        List<FleetHub> out = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            if (!started[i] && faults.get(i).kind() == FaultKind.AGENT_KILL && startMs(i) <= at) {
                faults.get(i).hubs().forEach(h -> out.add(hubs.get(h)));
            }
        }
        return out;
    }

    /** Starts and ends what is due at {@code now}. */
    void apply(long now) throws Exception {
        for (int i = 0; i < faults.size(); i++) {
            PlannedFault f = faults.get(i);
            if (!started[i] && startMs(i) <= now) {
                started[i] = true;
                out.println("hil: fault " + f.describe());
                out.flush();
                String instant = start(f);
                if (f.durationMs() == 0) {
                    ended[i] = true;
                    record(f, now, now, instant);
                }
            }
            if (started[i] && !ended[i] && startMs(i) + f.durationMs() <= now) {
                ended[i] = true;
                record(f, startMs(i), now, end(f));
            }
        }
    }

    /** Whether a partition or stall holds this hub's link now (the playback does not wait for its acks). */
    boolean networkFaulted(FleetHub h) {
        for (int i = 0; i < faults.size(); i++) {
            if (started[i] && !ended[i] && isNetwork(faults.get(i).kind()) && faults.get(i).hubs().contains(h.index())) {
                return true;
            }
        }
        return false;
    }

    String active() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            if (started[i] && !ended[i]) {
                names.add(faults.get(i).name());
            }
        }
        return names.isEmpty() ? "" : ", fault: " + String.join(", ", names);
    }

    List<AppliedFault> applied() {
        return List.copyOf(applied);
    }

    private long startMs(int i) {
        return simStartMs + faults.get(i).atMs();
    }

    /** @return the outcome of an instantaneous fault; null for one that lasts */
    private String start(PlannedFault f) throws Exception {
        switch (f.kind()) {
            case BROKER_RESTART -> broker.stop();
            case NETWORK_PARTITION -> f.hubs().forEach(i -> hubs.get(i).proxy.partition());
            case NETWORK_STALL -> f.hubs().forEach(i -> hubs.get(i).proxy.stall());
            case AGENT_KILL -> {
                for (int i : f.hubs()) {
                    hubs.get(i).killAndRestart();
                }
                return f.hubs().size() + " hub(s) halted abruptly (no seal, no flush, nothing after the last"
                        + " checkpoint) and restarted on the same state and spool";
            }
            case CLOCK_JUMP -> {
                f.hubs().forEach(i -> hubs.get(i).jumpClock(f.fault().by()));
                return f.hubs().size() + " hub(s)' wall clock moved by " + f.fault().by()
                        + "; their monotonic clock went on";
            }
            default -> throw new IllegalStateException("not applied in fleet mode: " + f.name());
        }
        return null;
    }

    private String end(PlannedFault f) throws IOException {
        long seconds = f.durationMs() / 1000;
        return switch (f.kind()) {
            case BROKER_RESTART -> {
                broker.resume();
                yield "the broker was down for " + seconds + " s of simulated time and came back on port "
                        + broker.port() + " with no sessions";
            }
            case NETWORK_PARTITION -> {
                f.hubs().forEach(i -> hubs.get(i).proxy.heal());
                yield "every link of " + f.hubs().size() + " hub(s) was cut and new ones refused for " + seconds
                        + " s of simulated time, then healed";
            }
            case NETWORK_STALL -> {
                f.hubs().forEach(i -> hubs.get(i).proxy.heal());
                yield f.hubs().size() + " hub(s)' links carried no byte for " + seconds
                        + " s of simulated time (held open, no reset), then resumed";
            }
            default -> throw new IllegalStateException("no end for " + f.name());
        };
    }

    private void record(PlannedFault f, long fromMs, long toMs, String outcome) {
        applied.add(new AppliedFault(f.name(), f.fault().at().toString(), fromMs - simStartMs, toMs - simStartMs,
                f.hubs(), outcome));
    }
}
