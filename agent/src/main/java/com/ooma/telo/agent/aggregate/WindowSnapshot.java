package com.ooma.telo.agent.aggregate;

import java.util.List;

/**
 * The recorded series of one channel's window, in registry order; it identifies no single call. Closed windows go
 * to the encoder; the open ones go to the checkpoint.
 */
public record WindowSnapshot(Channel channel, ReportWindow window, List<Series> series) {
    public WindowSnapshot {
        series = List.copyOf(series);
    }

    public List<Series> of(Metric metric) {
        return series.stream().filter(s -> s.metric() == metric).toList();
    }
}
