package com.ooma.telo.agent.aggregate;

import java.util.List;

/**
 * Talk-time distribution with fixed bounds (seconds, upper-inclusive) plus an overflow bucket. The exact sum is
 * withheld below {@link #MIN_SAMPLES_FOR_SUM} samples, because one sample's sum is its exact value.
 */
public final class DurationHistogram {
    public static final List<Long> BOUNDS_S = List.of(10L, 30L, 60L, 120L, 300L, 600L, 1800L, 3600L);
    public static final int MIN_SAMPLES_FOR_SUM = 5;
    /** Clamp: a stuck call must not dominate the sum (4 h, as TELEPHONY.md's model). */
    static final long MAX_DURATION_S = 4 * 3600;

    private final long[] counts = new long[BOUNDS_S.size() + 1];
    private long n;
    private long sum;

    void add(long seconds) {
        long s = Math.min(Math.max(seconds, 0), MAX_DURATION_S);
        int i = 0;
        while (i < BOUNDS_S.size() && s > BOUNDS_S.get(i)) {
            i++;
        }
        counts[i]++;
        n++;
        sum += s;
    }

    /** An immutable copy; {@code sumS} is null when fewer than five samples. */
    public Snapshot snapshot() {
        return new Snapshot(BOUNDS_S, List.of(box(counts)), n, n >= MIN_SAMPLES_FOR_SUM ? sum : null);
    }

    private static Long[] box(long[] a) {
        Long[] b = new Long[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i];
        }
        return b;
    }

    /** A frozen histogram, as it goes into a report. */
    public record Snapshot(List<Long> boundsS, List<Long> counts, long n, Long sumS) {
    }
}
