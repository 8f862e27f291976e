package com.ooma.telo.simulator.fault;

import java.util.List;

/**
 * A fault as the harness carried it out, for summary.json and the report.
 *
 * @param kind        the fault kind, lower case ({@code broker_restart})
 * @param at          when the scenario schedules it (ISO-8601 duration after the scenario's start, simulated time)
 * @param startWallMs when it began, ms after the run's playback began (wall time)
 * @param endWallMs   when it ended (the same as the start for an instantaneous fault)
 * @param hubs        the hubs it hit (every hub for a broker restart)
 * @param outcome     what happened, in one sentence (never a personal value)
 */
public record AppliedFault(String kind, String at, long startWallMs, long endWallMs, List<Integer> hubs,
        String outcome) {

    public AppliedFault {
        hubs = List.copyOf(hubs);
    }
}
