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
 * @param delivery     what the agent's spool held at the end and what it counted as dropped; null from callers
 *                     that do not know
 */
public record HubResult(int hub, String deviceId, long eventsPlayed, long eventsAccepted, long callsPlayed,
        long callsCounted, long callsDropped, int reportsOpened, int reportsRefused, int duplicates, int kills,
        List<String> leaks, Map<String, Long> played, List<HubCheck> checks, List<String> problems,
        Delivery delivery) {

    /**
     * The hub's spool at the end of the run, and the reports it could not keep.
     *
     * @param spoolPendingAtStop    reports in its spool at its last /status before SIGTERM (after the drain)
     * @param awaitingReceiptAtStop of those, sent and acknowledged by the broker but not yet receipted
     * @param spoolEmptyAtExit      the agent's exit line said every report was acknowledged (receipt mode:
     *                              receipted), so its spool was empty when it exited
     * @param reportsDropped        reports the agent counted as not kept ({@code agent.reports} in its opened
     *                              reports, every outcome but {@code spooled}), as {@code channel.outcome}
     * @param agentFaults           what the agent counted as damage or risk ({@code agent.faults} in its opened
     *                              reports, by kind: {@code spool_io_errors}, {@code checkpoint_failures},
     *                              {@code clock_jumps}, {@code clock_off}, ...)
     */
    public record Delivery(long spoolPendingAtStop, long awaitingReceiptAtStop, boolean spoolEmptyAtExit,
            Map<String, Long> reportsDropped, Map<String, Long> agentFaults) {
        public Delivery {
            reportsDropped = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(reportsDropped));
            agentFaults = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(agentFaults));
        }
    }

    /** Without delivery figures. */
    public HubResult(int hub, String deviceId, long eventsPlayed, long eventsAccepted, long callsPlayed,
            long callsCounted, long callsDropped, int reportsOpened, int reportsRefused, int duplicates, int kills,
            List<String> leaks, Map<String, Long> played, List<HubCheck> checks, List<String> problems) {
        this(hub, deviceId, eventsPlayed, eventsAccepted, callsPlayed, callsCounted, callsDropped, reportsOpened,
                reportsRefused, duplicates, kills, leaks, played, checks, problems, null);
    }

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
