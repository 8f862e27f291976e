package com.ooma.telo.agent.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * Tells whether the wall clock can be trusted to stamp an envelope, by watching it against the monotonic clock.
 * Unsynced (envelope flags bit 1, timestamp 0: docs/wire-format.md) while the wall clock reads before
 * {@link #PLAUSIBLE_FROM} (an RTC that lost its battery starts in 1970 or 2000), and for {@link #SETTLE} after it
 * moved against the monotonic clock by more than {@link #JUMP_TOLERANCE} either way: a jump cannot say which side of
 * it was right, and a report stamped a day ahead would be refused by the backend's freshness rule after it had left
 * the spool. Thread-safe.
 */
public final class ClockWatch {
    public static final Instant PLAUSIBLE_FROM = Instant.parse("2025-01-01T00:00:00Z");
    public static final Duration JUMP_TOLERANCE = Duration.ofSeconds(60);
    public static final Duration SETTLE = Duration.ofHours(1);

    private final AgentClock clock;
    private long anchorWallMs;
    private long anchorNanos;
    private long lastJumpNanos;
    private boolean jumped;
    private long jumps;

    public ClockWatch(AgentClock clock) {
        this.clock = clock;
        this.anchorWallMs = clock.wall().millis();
        this.anchorNanos = clock.nanos();
    }

    /** Whether the wall clock may stamp an envelope now; notes a jump since the last reading. */
    public synchronized boolean synced() {
        observe();
        if (clock.wall().instant().isBefore(PLAUSIBLE_FROM)) {
            return false;
        }
        return !jumped || clock.nanos() - lastJumpNanos >= SETTLE.toNanos();
    }

    /** Wall-clock jumps seen so far (counted as {@code agent.faults{clock_jump}}). */
    public synchronized long jumps() {
        observe();
        return jumps;
    }

    private void observe() {
        long wallMs = clock.wall().millis();
        long nanos = clock.nanos();
        long driftMs = (wallMs - anchorWallMs) - (nanos - anchorNanos) / 1_000_000;
        if (Math.abs(driftMs) > JUMP_TOLERANCE.toMillis()) {
            jumps++;
            jumped = true;
            lastJumpNanos = nanos;
        }
        if (Math.abs(driftMs) > JUMP_TOLERANCE.toMillis() || nanos - anchorNanos > SETTLE.toNanos()) {
            anchorWallMs = wallMs; // re-anchored after a jump, and each hour so slow NTP slewing never adds up
            anchorNanos = nanos;
        }
    }
}
