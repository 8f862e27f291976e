package com.ooma.telo.simulator.fleet;

import com.ooma.telo.agent.clock.AgentClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fleet's one simulated time: a wall clock and a monotonic clock that move only when the harness steps them
 * ({@link #advanceTo}), never by themselves. Every hub reads it through its own {@link AgentClock} view, whose wall
 * clock may be offset from the shared one (a clock jump on that hub) while its monotonic clock goes on unchanged.
 */
public final class SimulatedTime {
    /** Monotonic nanoseconds at the start: an arbitrary origin, as {@code System.nanoTime} has, but never 0. */
    private static final long MONOTONIC_ORIGIN = 1_000_000_000_000L;

    private final long startMs;
    private final AtomicLong nowMs;

    public SimulatedTime(long startMs) {
        this.startMs = startMs;
        this.nowMs = new AtomicLong(startMs);
    }

    public long nowMs() {
        return nowMs.get();
    }

    /** Moves both clocks on to {@code ms}; never back. */
    public void advanceTo(long ms) {
        nowMs.accumulateAndGet(ms, Math::max);
    }

    public long monotonicNanos() {
        return MONOTONIC_ORIGIN + (nowMs.get() - startMs) * 1_000_000L;
    }

    /** The shared wall clock (the broker's and the collector's). */
    public Clock wall() {
        return new View(this, new AtomicLong());
    }

    /** One hub's clocks: the shared monotonic clock, and the wall clock shifted by {@code offsetMs} (a jump). */
    public AgentClock forHub(AtomicLong offsetMs) {
        return new AgentClock(new View(this, offsetMs), this::monotonicNanos);
    }

    /** A wall clock reading the simulated time plus an offset. */
    private static final class View extends Clock {
        private final SimulatedTime time;
        private final AtomicLong offsetMs;

        View(SimulatedTime time, AtomicLong offsetMs) {
            this.time = time;
            this.offsetMs = offsetMs;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            if (ZoneOffset.UTC.equals(zone)) {
                return this;
            }
            throw new UnsupportedOperationException("simulated clocks are UTC; zones apply to their instants");
        }

        @Override
        public long millis() {
            return time.nowMs() + offsetMs.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }
    }
}
