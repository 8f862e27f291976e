package com.ooma.telo.simulator.hil;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run {@code hil}.
 *
 * @param scenario     a built-in name or a scenario file
 * @param hubs         how many hubs (each a child agent JVM, all running at once)
 * @param days         simulated days to play, at most the scenario's ({@code 0}: all of them)
 * @param out          where DIR/summary.json, junit.xml, report.html and each hub's folder go
 * @param agentTimeout bound on each wait for an agent
 * @param faults       {@code all}, {@code none} or a comma list of fault kinds to apply
 * @param dayLength    wall time one simulated day takes
 */
public record HilOptions(String scenario, int hubs, long seed, int days, Path out, Duration agentTimeout,
        String faults, Duration dayLength) {

    public static final long DEFAULT_SEED = 20_260_302L;
    /** Child JVMs on a 2-core machine (about 60 MiB RSS each): docs/hil-guide.md § Limits has the measurements. */
    public static final int MAX_HUBS = 64;
    public static final Duration DEFAULT_DAY_LENGTH = Duration.ofSeconds(20);

    public HilOptions {
        if (hubs < 1 || hubs > MAX_HUBS) {
            throw new IllegalArgumentException("--hubs must be 1.." + MAX_HUBS + " (one agent JVM per hub), got "
                    + hubs);
        }
        if (days < 0) {
            throw new IllegalArgumentException("--days must not be negative, got " + days);
        }
        if (dayLength.toMillis() < 1000) {
            throw new IllegalArgumentException("--day-length must be at least PT1S, got " + dayLength);
        }
        com.ooma.telo.simulator.fault.FaultPlan.chosen(faults); // refuses an unknown kind now, not mid-run
    }

    /** Every declared fault applied, a simulated day in {@link #DEFAULT_DAY_LENGTH}. */
    public HilOptions(String scenario, int hubs, long seed, int days, Path out, Duration agentTimeout) {
        this(scenario, hubs, seed, days, out, agentTimeout, "all", DEFAULT_DAY_LENGTH);
    }
}
