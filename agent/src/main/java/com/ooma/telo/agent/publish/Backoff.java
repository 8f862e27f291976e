package com.ooma.telo.agent.publish;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * When to try the broker again: exponential backoff with full jitter, on the monotonic clock (a wall clock that
 * jumps a day cannot strand a reconnect). After the n-th failure in a row the next attempt comes at a uniformly
 * random moment between 1 s and min(5 min, 2^n s); the first connect waits a random delay too, so hubs that lose
 * power together do not reconnect together. The failure count resets only after a connection has stayed up for a
 * minute: a broker that accepts and drops at once keeps the backoff growing.
 *
 * <pre>
 * failures  1      2      3      4       5       6        …  9+
 * ceiling   2 s    4 s    8 s    16 s    32 s    64 s     …  300 s   (each delay uniform in [1 s, ceiling])
 * </pre>
 */
final class Backoff {
    static final long MIN_MS = 1_000;
    static final long MAX_MS = 300_000;
    static final long STABLE_MS = 60_000;

    private final LongSupplier nanos;
    private final RandomGenerator random;
    private int failures;
    private long nextAtNanos;
    private long connectedAtNanos;
    private boolean connected;

    /** @param startDelayMaxMs the first connect waits uniformly up to this long (0: at once) */
    Backoff(LongSupplier nanos, RandomGenerator random, long startDelayMaxMs) {
        this.nanos = nanos;
        this.random = random;
        this.nextAtNanos = nanos.getAsLong() + ms(startDelayMaxMs <= 0 ? 0 : random.nextLong(startDelayMaxMs + 1));
    }

    boolean due() {
        return nanos.getAsLong() - nextAtNanos >= 0;
    }

    /** A connect attempt failed; returns the delay until the next one, in ms. */
    long failed() {
        failures = Math.min(failures + 1, 30);
        long ceiling = Math.min(MAX_MS, MIN_MS << Math.min(failures, 20));
        long delay = MIN_MS + random.nextLong(ceiling - MIN_MS + 1);
        nextAtNanos = nanos.getAsLong() + ms(delay);
        return delay;
    }

    void connected() {
        connected = true;
        connectedAtNanos = nanos.getAsLong();
    }

    /** The connection ended; returns the delay until the next attempt, in ms. */
    long lost() {
        if (connected && nanos.getAsLong() - connectedAtNanos >= ms(STABLE_MS)) {
            failures = 0;
        }
        connected = false;
        return failed();
    }

    int failures() {
        return failures;
    }

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
