package com.ooma.telo.agent.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * The declaration of one metric: everything the data inventory says about it and everything recording checks.
 *
 * @param privacyUnit what one contribution is (one call, one sample…), for clamping and noise
 * @param clamp       the most one privacy unit adds to a series (a count of 1; a duration's ceiling); the L1
 *                    sensitivity used by local differential privacy
 * @param epsilon     ε spent on this metric per report when local DP is on; 0 = not noised
 * @param bounds      distribution bucket upper bounds (inclusive), empty for other types
 */
public record MetricDef(String name, MetricType type, String unit, MetricClass metricClass, Channel channel,
                        String privacyUnit, long clamp, double epsilon, List<Long> bounds, List<LabelDef> labels,
                        String source, String why) {

    public MetricDef {
        bounds = List.copyOf(bounds);
        labels = List.copyOf(labels);
    }

    static MetricDef of(String name, MetricType type, String unit, Channel channel, String source, String why) {
        MetricClass cls = channel == Channel.USAGE ? MetricClass.CSNI_AGGREGATE : MetricClass.NON_PERSONAL;
        String unitOfPrivacy = type == MetricType.QUANTITY || type == MetricType.BOOLEAN ? "one sample"
                : channel == Channel.USAGE ? "one call" : "one event";
        return new MetricDef(name, type, unit, cls, channel, unitOfPrivacy, 1, 0, List.of(), List.of(), source, why);
    }

    MetricDef labels(LabelDef... l) {
        return new MetricDef(name, type, unit, metricClass, channel, privacyUnit, clamp, epsilon, bounds, List.of(l),
                source, why);
    }

    MetricDef buckets(long clampValue, Long... upperBounds) {
        return new MetricDef(name, type, unit, metricClass, channel, privacyUnit, clampValue, epsilon,
                List.of(upperBounds), labels, source, why);
    }

    MetricDef clamped(long clampValue) {
        return new MetricDef(name, type, unit, metricClass, channel, privacyUnit, clampValue, epsilon, bounds, labels,
                source, why);
    }

    MetricDef noised(double eps, String unitOfPrivacy) {
        return new MetricDef(name, type, unit, metricClass, channel, unitOfPrivacy, clamp, eps, bounds, labels,
                source, why);
    }

    public int cells() {
        return type.cells(bounds.size() + 1);
    }

    /** Every combination of label values, in declaration order (one empty list for an unlabelled metric). */
    public List<List<String>> labelCombinations() {
        List<List<String>> out = new ArrayList<>(List.of(List.of()));
        for (LabelDef l : labels) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String v : l.values()) {
                    List<String> c = new ArrayList<>(prefix);
                    c.add(v);
                    next.add(List.copyOf(c));
                }
            }
            out = next;
        }
        return out;
    }
}
