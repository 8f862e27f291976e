package com.ooma.telo.simulator.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How to run the demo.
 *
 * @param date          the household day to play; {@code null} means yesterday in {@code timezone}
 * @param calls         calls in the day (a busy day: the typical household makes about 4)
 * @param emergencyCall add one 911 call
 * @param plantLeak     publish one extra message holding a played name, to prove the scan catches it
 * @param keep          keep the run folder instead of deleting it
 * @param agentTimeout  bound on each wait for the agent (ready line, intake, exit)
 * @param agentJar      run this jar ({@code java -jar}, as shipped) instead of the agent classes on the class path
 */
public record DemoOptions(long seed, int calls, LocalDate date, ZoneId timezone, boolean emergencyCall,
        boolean plantLeak, boolean keep, Duration agentTimeout, java.util.Optional<java.nio.file.Path> agentJar) {

    public static final long DEFAULT_SEED = 20_240_611L;
    public static final int DEFAULT_CALLS = 36;

    public DemoOptions {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be at least 1, got " + calls);
        }
    }
}
