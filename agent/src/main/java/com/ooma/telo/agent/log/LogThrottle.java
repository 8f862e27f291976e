package com.ooma.telo.agent.log;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Decides which occurrences of one log site are written, so that input from outside (a hub process, the broker)
 * cannot flood the log. Occurrence number {@code n} (counting from 1) is written when {@code n} is a power of two
 * (the 1st, 2nd, 4th, 8th&hellip;), or when at least {@code interval} has passed since the last written one; every
 * other occurrence is only counted, and the next written one says how many were suppressed since the one before.
 *
 * <p>So a site writes at most {@code T / interval + log2(occurrences) + 1} lines in any stretch of time {@code T}:
 * 20,000 connection resets in a few seconds give 15 lines, a flood lasting a day gives about 1,470, and a site that
 * fires once an hour is never silenced. A clock stepped backwards counts as the interval having passed (the next
 * occurrence is written and the interval restarts from it). Thread-safe.
 */
public final class LogThrottle {
    /** The interval the agent uses: at most one line a minute per site once a flood is under way. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private final long intervalMs;
    private long occurrences;
    private long suppressed;
    private long lastWrittenAtMs;

    public LogThrottle(Clock clock, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        this.clock = clock;
        this.intervalMs = interval.toMillis();
    }

    /** A throttle on the system clock with {@link #DEFAULT_INTERVAL}. */
    public static LogThrottle perMinute() {
        return new LogThrottle(Clock.systemUTC(), DEFAULT_INTERVAL);
    }

    /**
     * Counts one occurrence.
     *
     * @return empty when this occurrence is to be suppressed; otherwise the number of occurrences suppressed since
     *         the last written one (0 for the first), which the caller writes with its line
     */
    public synchronized OptionalLong admit() {
        occurrences++;
        long now = clock.millis();
        boolean write = Long.bitCount(occurrences) == 1 || now - lastWrittenAtMs >= intervalMs || now < lastWrittenAtMs;
        if (!write) {
            suppressed++;
            return OptionalLong.empty();
        }
        long since = suppressed;
        suppressed = 0;
        lastWrittenAtMs = now;
        return OptionalLong.of(since);
    }

    /** Every occurrence counted so far, written or not. */
    public synchronized long occurrences() {
        return occurrences;
    }
}
