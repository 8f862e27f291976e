package com.ooma.telo.agent.event;

/**
 * What makes an event, and every figure drawn from it, happen: the device, its network and the agent, or calls.
 * Call timing is a calling record (docs/design.md §2): whatever a call causes, even the presence of a sample, leaves the home
 * only in the daily, padded usage report. The ingest protocol names every event a call causes {@code call.*}, so the
 * cause is known from the type alone, before redaction and even for a type the agent does not declare.
 */
public enum Cause {
    /** The hub, its network, its handsets and the agent itself: may be reported on the health channel. */
    DEVICE,
    /** A call happened: counted only into daily usage aggregates. */
    CALLS;

    /** The event-type prefix the ingest protocol reserves for events that calls cause. */
    public static final String CALL_TYPE_PREFIX = "call.";
    /**
     * The hub's own log lines: not named {@code call.*}, but SIP and call-control lines are written as calls happen,
     * so how many arrive when is call timing too.
     */
    public static final String HUB_LOG_TYPE = "diag.log";

    /** The cause of an event of this type; {@code null} (a line whose type could not be read) is the device's. */
    public static Cause ofType(String type) {
        return type != null && (type.startsWith(CALL_TYPE_PREFIX) || type.equals(HUB_LOG_TYPE)) ? CALLS : DEVICE;
    }
}
