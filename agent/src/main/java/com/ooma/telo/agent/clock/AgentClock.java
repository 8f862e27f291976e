package com.ooma.telo.agent.clock;

import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * The agent's two time sources, injected together so that a test or a simulated fleet runs the agent in its own
 * time. The wall clock cuts report windows and stamps envelopes; the monotonic clock measures every interval,
 * deadline, backoff and checkpoint bound, so a wall clock that jumps (NTP stepping, a dead RTC battery) moves no
 * deadline.
 *
 * @param wall           Unix time, as the hub believes it
 * @param monotonicNanos nanoseconds from an arbitrary origin, never going back ({@code System::nanoTime})
 */
public record AgentClock(Clock wall, LongSupplier monotonicNanos) {

    /** The host's clocks. */
    public static AgentClock system() {
        return new AgentClock(Clock.systemUTC(), System::nanoTime);
    }

    /** A wall clock with the host's monotonic clock (callers that inject only the wall clock). */
    public static AgentClock withWall(Clock wall) {
        return new AgentClock(wall, System::nanoTime);
    }

    public long nanos() {
        return monotonicNanos.getAsLong();
    }
}
