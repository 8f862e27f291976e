package com.ooma.telo.agent.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A wall clock and a monotonic clock the test moves by hand; safe to read from other threads. {@link #advance} moves
 * both (time passes), {@link #jumpWall} only the wall clock (NTP stepping it, an RTC reset).
 */
public final class FakeClock extends Clock {
    private volatile Instant now;
    private volatile long nanos = 1_000_000_000L;

    public FakeClock(Instant start) {
        now = start;
    }

    public synchronized void advance(Duration d) {
        nanos += d.toNanos();
        now = now.plus(d);
    }

    /** The wall clock alone moves by {@code d} (either way); no time passes on the monotonic clock. */
    public void jumpWall(Duration d) {
        now = now.plus(d);
    }

    /** The monotonic clock, nanoseconds. */
    public long nanos() {
        return nanos;
    }

    /** Both clocks, as the agent takes them. */
    public com.ooma.telo.agent.clock.AgentClock agentClock() {
        return new com.ooma.telo.agent.clock.AgentClock(this, this::nanos);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
