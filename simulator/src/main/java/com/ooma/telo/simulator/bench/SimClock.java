package com.ooma.telo.simulator.bench;

import com.ooma.telo.agent.clock.AgentClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Simulated time for an agent run in-process: a wall clock and a monotonic clock that move together, only when the
 * bench says so, so a day at shipped intervals passes in seconds. Both move by the same amount: the agent sees no
 * wall-clock jump.
 */
public final class SimClock {
    private volatile long wallMs;
    private final long originMs;

    public SimClock(Instant start) {
        this.wallMs = start.toEpochMilli();
        this.originMs = wallMs;
    }

    public long millis() {
        return wallMs;
    }

    /** Moves time forward to {@code t}; never back. */
    public synchronized void advanceTo(Instant t) {
        wallMs = Math.max(wallMs, t.toEpochMilli());
    }

    /** The agent's two clocks, both reading this simulated time. */
    public AgentClock agentClock() {
        return new AgentClock(new Wall(ZoneOffset.UTC), () -> (wallMs - originMs) * 1_000_000L);
    }

    private final class Wall extends Clock {
        private final ZoneId zone;

        Wall(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Wall(other);
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(wallMs);
        }

        @Override
        public long millis() {
            return wallMs;
        }
    }
}
