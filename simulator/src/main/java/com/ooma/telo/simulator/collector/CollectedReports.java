package com.ooma.telo.simulator.collector;

import java.util.List;

/** Everything the collector made of a run's messages: what opened, what was refused, and what was a duplicate. */
public record CollectedReports(List<OpenedReport> reports, List<RejectedMessage> rejected, int duplicates) {

    public CollectedReports {
        reports = List.copyOf(reports);
        rejected = List.copyOf(rejected);
    }

    /** A message that did not open, and why (never its payload). */
    public record RejectedMessage(ReceivedMessage message, String reason) {}

    public long callsCounted() {
        return reports.stream().mapToLong(OpenedReport::callsCounted).sum();
    }

    public long usageReports() {
        return reports.stream().filter(r -> "usage".equals(r.kind())).count();
    }
}
