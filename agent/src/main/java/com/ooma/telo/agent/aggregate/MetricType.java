package com.ooma.telo.agent.aggregate;

import java.util.Locale;

/**
 * The kinds of metric the registry can hold, each with a fixed cell layout in a window (checkpoints store cells).
 * Counter: [n]. Distribution: [n, sum, count per bucket…]. Quantity: [n, sum, min, max, last]. Boolean: [n, last 0|1].
 */
public enum MetricType {
    COUNTER, LABELED_COUNTER, DISTRIBUTION, QUANTITY, BOOLEAN;

    /** Index of the sample count (or counter value) in a series' cells. */
    static final int N = 0;
    static final int SUM = 1;
    static final int MIN = 2;
    static final int MAX = 3;
    static final int LAST = 4;
    static final int FIRST_BUCKET = 2;

    int cells(int buckets) {
        return switch (this) {
            case COUNTER, LABELED_COUNTER -> 1;
            case BOOLEAN -> 2;
            case DISTRIBUTION -> FIRST_BUCKET + buckets;
            case QUANTITY -> 5;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
