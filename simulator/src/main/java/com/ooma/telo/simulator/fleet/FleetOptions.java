package com.ooma.telo.simulator.fleet;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run {@code hil --mode fleet}: N in-process agents in simulated time.
 *
 * @param scenario     a built-in name or a scenario file
 * @param hubs         how many hubs (each a full agent instance in this JVM)
 * @param days         simulated days to play, at most the scenario's ({@code 0}: all of them)
 * @param out          where DIR/summary.json, junit.xml, report.html and each hub's folder go
 * @param agentTimeout bound on each wait for the agents (real time)
 * @param faults       {@code all}, {@code none} or a comma list of fault kinds to apply
 */
public record FleetOptions(String scenario, int hubs, long seed, int days, Path out, Duration agentTimeout,
        String faults) {

    /**
     * About 9 file descriptors a hub: 2,000 nears a 20,000 {@code ulimit -n}; 1,000 is what was measured
     * (docs/performance.md § Fleet mode).
     */
    public static final int MAX_HUBS = 2_000;

    public FleetOptions {
        if (hubs < 1 || hubs > MAX_HUBS) {
            throw new IllegalArgumentException("--hubs must be 1.." + MAX_HUBS + " in fleet mode, got " + hubs);
        }
        if (days < 0) {
            throw new IllegalArgumentException("--days must not be negative, got " + days);
        }
        com.ooma.telo.simulator.fault.FaultPlan.chosen(faults); // refuses an unknown kind now, not mid-run
    }
}
