package com.ooma.telo.simulator.hil;

import java.util.List;
import java.util.Map;

/**
 * One hub's line in the summary: what it played (the ground truth), what the opened reports counted, and what the
 * leak scan found (tags only, never values).
 */
public record HubResult(int hub, String deviceId, long eventsPlayed, long eventsAccepted, long callsPlayed,
        long callsCounted, int reportsOpened, int reportsRefused, List<String> leaks, Map<String, Long> played,
        List<String> problems) {

    public HubResult {
        leaks = List.copyOf(leaks);
        played = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(played));
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }
}
