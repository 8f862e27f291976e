package com.ooma.telo.simulator.hub;

/** The agent's intake counters from {@code GET /status}: lines it parsed, and lines it counted as malformed. */
public record AgentStatus(long eventsAccepted, long eventsMalformed) {

    /** Lines the agent has dealt with either way. */
    public long linesTakenIn() {
        return eventsAccepted + eventsMalformed;
    }
}
