package com.ooma.telo.simulator.hil;

import java.util.List;
import java.util.Map;

/**
 * One hub's line in the summary: what it played (the ground truth), what the opened reports counted, what the agent
 * counted as dropped, the checks, and what the leak scan found (tags only, never values).
 *
 * @param callsDropped call events the agent counted as dropped ({@code agent.call_events_dropped} in its reports)
 * @param duplicates   reports that arrived more than once (a resend after a reconnect or a kill -9) and were
 *                     dropped by (device, seq): shown, never a failure
 * @param kills        how many times the harness killed this hub's agent with SIGKILL and restarted it
 */
public record HubResult(int hub, String deviceId, long eventsPlayed, long eventsAccepted, long callsPlayed,
        long callsCounted, long callsDropped, int reportsOpened, int reportsRefused, int duplicates, int kills,
        List<String> leaks, Map<String, Long> played, List<HubCheck> checks, List<String> problems) {

    public HubResult {
        leaks = List.copyOf(leaks);
        played = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(played));
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }
}
