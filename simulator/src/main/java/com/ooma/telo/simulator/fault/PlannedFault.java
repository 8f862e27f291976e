package com.ooma.telo.simulator.fault;

import com.ooma.telo.simulator.scenario.Fault;
import com.ooma.telo.simulator.scenario.FaultKind;
import java.util.List;
import java.util.Locale;

/**
 * One scheduled fault as the harness will carry it out: when (simulated ms after the scenario's start), for how
 * long, on which hubs, or why it is not applied.
 *
 * @param notApplied null when it is applied, else the reason (shown in the summary and the report)
 */
public record PlannedFault(Fault fault, long atMs, long durationMs, List<Integer> hubs, String notApplied) {

    public PlannedFault {
        hubs = List.copyOf(hubs);
    }

    public FaultKind kind() {
        return fault.kind();
    }

    public boolean applied() {
        return notApplied == null;
    }

    public long endMs() {
        return atMs + durationMs;
    }

    public String name() {
        return fault.kind().name().toLowerCase(Locale.ROOT);
    }

    public String describe() {
        return name() + " at " + fault.at() + (fault.duration() != null ? " for " + fault.duration() : "")
                + (fault.by() != null ? " by " + fault.by() : "") + " on " + hubs.size() + " hub(s)"
                + (applied() ? "" : ": not applied (" + notApplied + ")");
    }
}
