package com.ooma.telo.simulator.hub;

/**
 * What the harness reads from the agent's {@code GET /status}: its intake counters (lines it parsed, lines it
 * counted as malformed), how many reports wait in its spool, and whether it is connected to the broker.
 */
public record AgentStatus(long eventsAccepted, long eventsMalformed, long spoolPending, boolean brokerConnected) {

    /** Lines the agent has dealt with either way. */
    public long linesTakenIn() {
        return eventsAccepted + eventsMalformed;
    }
}
