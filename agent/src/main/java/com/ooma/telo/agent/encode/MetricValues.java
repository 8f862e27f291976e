package com.ooma.telo.agent.encode;

import com.ooma.telo.agent.aggregate.LabelDef;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricDef;
import com.ooma.telo.agent.aggregate.MetricType;
import com.ooma.telo.agent.aggregate.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CBOR tree of one metric's series (CDDL in docs/wire-format.md). A usage report writes every registered usage
 * metric, empty or not; a health report (schema 4 on) leaves out the empty ones ({@link #isEmpty}). A labelled metric is a list of entries, each its label values plus its value fields, and
 * lists only non-zero entries (so {@code calls} stays {@code [{dir, disp, dest, n}]}). A sum (and a quantity's
 * extremes) is withheld below {@link #MIN_SAMPLES_FOR_SUM} samples: one sample's sum is its exact value.
 */
final class MetricValues {
    static final int MIN_SAMPLES_FOR_SUM = 5;

    private MetricValues() {
    }

    /**
     * True when the metric recorded nothing in the window: no series, or only series with no count or sample. Its
     * tree would then be a zero counter, an empty entry list, or value fields with {@code n = 0}, which is what a
     * decoder reads into a health metric that the report leaves out.
     */
    static boolean isEmpty(List<Series> series) {
        for (Series s : series) {
            if (s.n() != 0) {
                return false;
            }
        }
        return true;
    }

    static Object tree(Metric metric, List<Series> series) {
        MetricDef d = metric.def();
        if (d.labels().isEmpty()) {
            Series s = series.isEmpty() ? null : series.get(0);
            if (d.type() == MetricType.COUNTER) {
                return s == null ? 0L : s.n();
            }
            return fields(d, s == null ? zeros(d) : s.cells());
        }
        List<Object> entries = new ArrayList<>();
        for (Series s : series) {
            if (s.n() == 0) {
                continue;
            }
            Map<String, Object> e = new LinkedHashMap<>();
            List<LabelDef> labels = d.labels();
            for (int i = 0; i < labels.size(); i++) {
                e.put(labels.get(i).name(), s.labels().get(i));
            }
            if (d.type() == MetricType.LABELED_COUNTER) {
                e.put("n", s.n());
            } else {
                e.putAll(fields(d, s.cells()));
            }
            entries.add(e);
        }
        return entries;
    }

    private static Map<String, Object> fields(MetricDef d, List<Long> c) {
        Map<String, Object> m = new LinkedHashMap<>();
        long n = c.get(0);
        m.put("n", n);
        switch (d.type()) {
            case DISTRIBUTION -> {
                m.put("bounds", d.bounds());
                m.put("counts", c.subList(2, c.size()));
                if (n >= MIN_SAMPLES_FOR_SUM) {
                    m.put("sum", c.get(1));
                }
            }
            case QUANTITY -> {
                if (n >= MIN_SAMPLES_FOR_SUM) {
                    m.put("sum", c.get(1));
                }
                if (n > 0) {
                    m.put("min", c.get(2));
                    m.put("max", c.get(3));
                    m.put("last", c.get(4));
                }
            }
            case BOOLEAN -> {
                if (n > 0) {
                    m.put("v", c.get(1) != 0);
                }
            }
            default -> m.put("n", n);
        }
        return m;
    }

    private static List<Long> zeros(MetricDef d) {
        List<Long> z = new ArrayList<>();
        for (int i = 0; i < d.cells(); i++) {
            z.add(0L);
        }
        return z;
    }
}
