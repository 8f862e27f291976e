package com.ooma.telo.simulator.hil;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run {@code hil}.
 *
 * @param scenario     a built-in name or a scenario file
 * @param hubs         how many hubs (each a child agent JVM)
 * @param days         simulated days to play, at most the scenario's ({@code 0}: all of them)
 * @param out          where DIR/summary.json and each hub's folder go
 * @param agentTimeout bound on each wait for an agent
 */
public record HilOptions(String scenario, int hubs, long seed, int days, Path out, Duration agentTimeout) {

    public static final long DEFAULT_SEED = 20_260_302L;
    /** Child JVMs on a shared 2-core machine: beyond this, use fleet mode (not built yet). */
    public static final int MAX_HUBS = 16;

    public HilOptions {
        if (hubs < 1 || hubs > MAX_HUBS) {
            throw new IllegalArgumentException("--hubs must be 1.." + MAX_HUBS + " (one agent JVM per hub), got "
                    + hubs);
        }
        if (days < 0) {
            throw new IllegalArgumentException("--days must not be negative, got " + days);
        }
    }
}
