package com.ooma.telo.agent.aggregate;

import com.ooma.telo.agent.event.Cause;
import java.util.ArrayList;
import java.util.List;

/**
 * The declaration of one metric: everything the data inventory says about it and everything recording checks.
 *
 * @param cause       what makes its samples happen; a figure calls cause is a calling record however harmless its value
 *                    (its timing is call timing), so it travels only on the daily, padded usage channel
 * @param privacyUnit what one contribution is (one call, one sample…), for clamping and noise
 * @param clamp       the most one privacy unit adds to a series (a count of 1; a duration's ceiling); the L1
 *                    sensitivity used by local differential privacy
 * @param epsilon     ε spent on this metric per report when local DP is on; 0 = not noised
 * @param bounds      distribution bucket upper bounds (inclusive), empty for other types
 */
public record MetricDef(String name, MetricType type, String unit, Cause cause, MetricClass metricClass,
                        Channel channel, String privacyUnit, long clamp, double epsilon, List<Long> bounds, List<LabelDef> labels,
                        String source, String why) {

    public MetricDef {
        // The registry's privacy rule (docs/design.md §2), checked for every definition however it is built: a figure whose
        // samples calls cause never reaches the sub-daily health channel, and is classed as a calling record.
        if (cause == Cause.CALLS && (channel != Channel.USAGE || metricClass != MetricClass.CSNI_AGGREGATE)) {
            throw new IllegalArgumentException("metric " + name + " is caused by calls: it belongs on the usage "
                    + "channel as a CSNI aggregate, not " + channel + "/" + metricClass);
        }
        bounds = List.copyOf(bounds);
        labels = List.copyOf(labels);
    }

    /** A definition whose channel and class follow from its cause: calls → usage (CSNI), device → health. */
    static MetricDef of(String name, MetricType type, String unit, Cause cause, String source, String why) {
        boolean calls = cause == Cause.CALLS;
        MetricClass cls = calls ? MetricClass.CSNI_AGGREGATE : MetricClass.NON_PERSONAL;
        String unitOfPrivacy = type == MetricType.QUANTITY || type == MetricType.BOOLEAN ? "one sample"
                : calls ? "one call" : "one event";
        return new MetricDef(name, type, unit, cause, cls, calls ? Channel.USAGE : Channel.HEALTH, unitOfPrivacy, 1, 0,
                List.of(), List.of(), source, why);
    }

    MetricDef labels(LabelDef... l) {
        return new MetricDef(name, type, unit, cause, metricClass, channel, privacyUnit, clamp, epsilon, bounds, List.of(l),
                source, why);
    }

    MetricDef buckets(long clampValue, Long... upperBounds) {
        return new MetricDef(name, type, unit, cause, metricClass, channel, privacyUnit, clampValue, epsilon,
                List.of(upperBounds), labels, source, why);
    }

    MetricDef clamped(long clampValue) {
        return new MetricDef(name, type, unit, cause, metricClass, channel, privacyUnit, clampValue, epsilon, bounds, labels,
                source, why);
    }

    MetricDef noised(double eps, String unitOfPrivacy) {
        return new MetricDef(name, type, unit, cause, metricClass, channel, unitOfPrivacy, clamp, eps, bounds, labels,
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
