package com.ooma.telo.agent.publish;

import java.util.function.LongSupplier;

/**
 * Paces what leaves the spool: a token bucket of {@code bytesPerSecond} with a burst of {@link #BURST_SECONDS}
 * seconds' worth, on the monotonic clock. A backlog after an outage then drains at a constant rate instead of
 * bursting onto the home line during a call, and the rate never depends on calls (pausing during calls would tell
 * the broker when they happen). A record larger than the burst leaves once the bucket is full. Not thread-safe: the
 * publish thread alone uses it.
 */
final class DrainBucket {
    static final int BURST_SECONDS = 4;

    private final long bytesPerSecond;
    private final long burst;
    private final LongSupplier nanos;
    private double tokens;
    private long lastNanos;

    /** @param bytesPerSecond 0: unpaced */
    DrainBucket(long bytesPerSecond, LongSupplier nanos) {
        this.bytesPerSecond = bytesPerSecond;
        this.burst = bytesPerSecond * BURST_SECONDS;
        this.nanos = nanos;
        this.tokens = burst;
        this.lastNanos = nanos.getAsLong();
    }

    /** Whether {@code bytes} may leave now; if so they are taken from the bucket. */
    boolean take(int bytes) {
        if (bytesPerSecond == 0) {
            return true;
        }
        long now = nanos.getAsLong();
        tokens = Math.min(burst, tokens + (now - lastNanos) / 1e9 * bytesPerSecond);
        lastNanos = now;
        if (tokens < Math.min(bytes, burst)) {
            return false;
        }
        tokens -= bytes;
        return true;
    }
}
