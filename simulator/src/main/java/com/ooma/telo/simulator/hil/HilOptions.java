package com.ooma.telo.simulator.hil;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run {@code hil}.
 *
 * @param scenario     a built-in name or a scenario file
 * @param hubs         how many hubs (each a child agent JVM)
 * @param days         simulated days to play, at most the scenario's ({@code 0}: all of them)
 * @param out          where DIR/summary.json, junit.xml, report.html and each hub's folder go
 * @param agentTimeout bound on each wait for an agent
 * @param broker       {@code embedded} (the harness's own Moquette, which it can restart) or a broker URL
 * @param faults       {@code all}, {@code none} or a comma list of fault kinds to apply
 * @param collectors   collector members; more than one share the fleet through {@code $share} (not on Moquette)
 * @param dayLength    wall time one simulated day takes
 */
public record HilOptions(String scenario, int hubs, long seed, int days, Path out, Duration agentTimeout,
        String broker, String faults, int collectors, Duration dayLength) {

    public static final long DEFAULT_SEED = 20_260_302L;
    public static final String EMBEDDED = "embedded";
    /** Child JVMs on a 2-core machine: docs/hil-guide.md § Limits has the measurements behind this bound. */
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
        if (collectors < 1 || collectors > 8) {
            throw new IllegalArgumentException("--collectors must be 1..8, got " + collectors);
        }
        if (collectors > 1 && EMBEDDED.equals(broker)) {
            throw new IllegalArgumentException("--collectors " + collectors + " needs shared subscriptions, which"
                    + " the embedded broker (Moquette) lacks: use --broker with Mosquitto, EMQX, HiveMQ or VerneMQ");
        }
        if (dayLength.toMillis() < 1000) {
            throw new IllegalArgumentException("--day-length must be at least PT1S, got " + dayLength);
        }
    }

    /** The defaults for everything but what a test or a caller names. */
    public HilOptions(String scenario, int hubs, long seed, int days, Path out, Duration agentTimeout) {
        this(scenario, hubs, seed, days, out, agentTimeout, EMBEDDED, "all", 1, DEFAULT_DAY_LENGTH);
    }

    public boolean embeddedBroker() {
        return EMBEDDED.equals(broker);
    }
}
