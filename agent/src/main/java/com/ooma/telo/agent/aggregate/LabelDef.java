package com.ooma.telo.agent.aggregate;

import java.util.List;

/** One label of a metric and its closed set of values; a value outside the set cannot be recorded. */
public record LabelDef(String name, List<String> values) {
    public LabelDef {
        values = List.copyOf(values);
    }
}
