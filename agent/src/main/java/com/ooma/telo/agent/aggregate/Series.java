package com.ooma.telo.agent.aggregate;

import java.util.List;

/**
 * One metric's values for one label combination in one window; the cell layout follows {@link MetricType}.
 *
 * @param labels label values in the metric's label order (empty for an unlabelled metric)
 */
public record Series(Metric metric, List<String> labels, List<Long> cells) {
    public Series {
        labels = List.copyOf(labels);
        cells = List.copyOf(cells);
    }

    public long n() {
        return cells.get(MetricType.N);
    }
}
