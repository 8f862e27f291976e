package com.ooma.telo.agent.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The series of one channel's open window, as raw cells. Single-threaded (guarded by {@link MetricWindows}). */
final class MetricStore {
    /** What one recording did. */
    enum Result { RECORDED, CLAMPED }

    private record Key(Metric metric, List<String> labels) {
    }

    private final Map<Key, long[]> cells = new HashMap<>();
    private ReportWindow window;

    MetricStore(ReportWindow window) {
        this.window = window;
    }

    ReportWindow window() {
        return window;
    }

    /** Records one contribution; the caller has checked the labels against their closed sets. */
    Result record(Metric metric, List<String> labels, long value) {
        MetricDef d = metric.def();
        long[] c = cells.computeIfAbsent(new Key(metric, labels), k -> fresh(d));
        long clamp = d.clamp();
        long v = Math.max(-clamp, Math.min(clamp, value));
        switch (d.type()) {
            case COUNTER, LABELED_COUNTER -> {
                v = Math.max(0, v);
                c[MetricType.N] = saturatedAdd(c[MetricType.N], v);
            }
            case DISTRIBUTION -> {
                v = Math.max(0, v);
                c[MetricType.N]++;
                c[MetricType.SUM] = saturatedAdd(c[MetricType.SUM], v);
                c[MetricType.FIRST_BUCKET + bucket(d.bounds(), v)]++;
            }
            case QUANTITY -> {
                c[MetricType.MIN] = c[MetricType.N] == 0 ? v : Math.min(c[MetricType.MIN], v);
                c[MetricType.MAX] = c[MetricType.N] == 0 ? v : Math.max(c[MetricType.MAX], v);
                c[MetricType.N]++;
                c[MetricType.SUM] = saturatedAdd(c[MetricType.SUM], v);
                c[MetricType.LAST] = v;
            }
            case BOOLEAN -> {
                c[MetricType.N]++;
                c[1] = value != 0 ? 1 : 0;
            }
        }
        return v == value || d.type() == MetricType.BOOLEAN ? Result.RECORDED : Result.CLAMPED;
    }

    /** Puts back cells read from a checkpoint; false when they do not fit the metric's layout. */
    boolean restore(Series s) {
        if (s.cells().size() != s.metric().def().cells()) {
            return false;
        }
        cells.put(new Key(s.metric(), s.labels()), s.cells().stream().mapToLong(Long::longValue).toArray());
        return true;
    }

    WindowSnapshot snapshot(Channel channel) {
        List<Series> out = new ArrayList<>();
        cells.forEach((k, c) -> out.add(new Series(k.metric(), k.labels(), Arrays.stream(c).boxed().toList())));
        out.sort(ORDER);
        return new WindowSnapshot(channel, window, out);
    }

    /** Moves the store to {@code next}, keeping what it counted (the wall clock went back past its start). */
    void moveTo(ReportWindow next) {
        window = next;
    }

    /** Empties the store and moves it to {@code next}. */
    void reset(ReportWindow next) {
        cells.clear();
        window = next;
    }

    private static long[] fresh(MetricDef d) {
        return new long[d.cells()];
    }

    static int bucket(List<Long> bounds, long v) {
        int i = 0;
        while (i < bounds.size() && v > bounds.get(i)) {
            i++;
        }
        return i;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    /** Registry order, then label values in their declared order: equal content, equal bytes. */
    static final Comparator<Series> ORDER = Comparator.<Series>comparingInt(s -> s.metric().ordinal())
            .thenComparing(MetricStore::labelRanks, MetricStore::compareRanks);

    private static int[] labelRanks(Series s) {
        List<LabelDef> defs = s.metric().def().labels();
        int[] r = new int[s.labels().size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = defs.get(i).values().indexOf(s.labels().get(i));
        }
        return r;
    }

    private static int compareRanks(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }
}
