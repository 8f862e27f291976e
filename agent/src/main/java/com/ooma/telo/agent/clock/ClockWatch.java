package com.ooma.telo.agent.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * Tells whether the wall clock can be trusted to stamp an envelope, by watching it against the monotonic clock.
 * Unsynced (envelope flags bit 1, timestamp 0: docs/wire-format.md) while the wall clock reads before
 * {@link #PLAUSIBLE_FROM} (an RTC that lost its battery starts in 1970 or 2000), and for {@link #SETTLE} after it
 * moved against the monotonic clock by more than {@link #JUMP_TOLERANCE} either way: a jump cannot say which side of
 * it was right, and a report stamped a day ahead would be refused by the backend's freshness rule after it had left
 * the spool. Also unsynced for {@link #SETTLE} after the backend's signed time (receipts) showed the wall clock off
 * ({@link #checkAgainst}): a clock set wrong at boot never jumps, yet a receipt can tell. Thread-safe.
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
    private long offs;

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

    /**
     * Checks the wall clock against the backend's signed time: it is at least {@code earliestNowMs} (a receipt's
     * {@code issued_at}: the receipt exists, so that time has passed) and, when known, at most {@code latestNowMs}
     * ({@code ReceiptTime}). A wall clock more than {@link #JUMP_TOLERANCE} outside stops stamping envelopes for
     * {@link #SETTLE}, as a jump does, and is counted ({@code agent.faults{clock_off}}).
     *
     * @return whether the wall clock was found off
     */
    public synchronized boolean checkAgainst(long earliestNowMs, java.util.OptionalLong latestNowMs) {
        observe();
        long wallMs = clock.wall().millis();
        long tolerance = JUMP_TOLERANCE.toMillis();
        boolean off = wallMs < earliestNowMs - tolerance
                || latestNowMs.isPresent() && wallMs > latestNowMs.getAsLong() + tolerance;
        if (off) {
            offs++;
            jumped = true;
            lastJumpNanos = clock.nanos();
        }
        return off;
    }

    /** Times the backend's signed time showed the wall clock off ({@code agent.faults{clock_off}}). */
    public synchronized long offs() {
        return offs;
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
