package com.ooma.telo.simulator.device;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Label weights from a scenario: every label one the agent declares, every weight non-negative, some positive. */
final class Weights {
    private Weights() {}

    static Map<String, Double> check(String field, Map<String, Double> weights, List<String> allowed) {
        if (weights == null || weights.isEmpty()) {
            throw new IllegalArgumentException(field + " needs at least one label");
        }
        double total = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new IllegalArgumentException(field + ": '" + e.getKey() + "' is not one of " + allowed);
            }
            if (e.getValue() == null || !(e.getValue() >= 0)) {
                throw new IllegalArgumentException(field + "." + e.getKey() + " must be a weight >= 0");
            }
            total += e.getValue();
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException(field + " needs a positive weight");
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }
}
