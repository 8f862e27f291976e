package com.ooma.telo.simulator.hub;

/**
 * What the harness reads from the agent's {@code GET /status}: its intake counters (lines it parsed, lines it
 * counted as malformed), how many reports wait in its spool, whether it is connected to the broker, and (receipt
 * mode) how many of the spooled reports the broker acknowledged but no receipt covers yet.
 */
public record AgentStatus(long eventsAccepted, long eventsMalformed, long spoolPending, boolean brokerConnected,
        long awaitingReceipt) {

    /** Without the receipt figure (broker-ack agents, stand-ins). */
    public AgentStatus(long eventsAccepted, long eventsMalformed, long spoolPending, boolean brokerConnected) {
        this(eventsAccepted, eventsMalformed, spoolPending, brokerConnected, 0);
    }

    /** Lines the agent has dealt with either way. */
    public long linesTakenIn() {
        return eventsAccepted + eventsMalformed;
    }
}
