package com.ooma.telo.agent.aggregate;

import java.util.Map;

/** One closed usage window: call counters and the duration histogram; it identifies no single call. */
public record UsageSnapshot(ReportWindow window, Map<CallKey, Long> calls, DurationHistogram.Snapshot duration) {
    public UsageSnapshot {
        calls = Map.copyOf(calls);
    }

    public long totalCalls() {
        return calls.values().stream().mapToLong(Long::longValue).sum();
    }
}
