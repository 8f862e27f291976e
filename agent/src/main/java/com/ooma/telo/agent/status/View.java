package com.ooma.telo.agent.status;

/**
 * Who can reach the status listener, which decides what it shows. On loopback only software on the hub (and a
 * support engineer logged in to it) can ask; bound to the LAN ({@code status.host}), anyone in the home or on its
 * Wi-Fi can, and call-derived information (call counters, the usage report, hub log counts) is never shown there:
 * it would tell a housemate when calls happen (docs/design.md §2).
 */
public enum View {
    /** Bound to a loopback address: everything the agent holds, at consent {@code full} call counts too. */
    LOOPBACK,
    /** Bound to a LAN address (or all addresses): device-caused facts only. */
    LAN;

    /** Whether call-derived facts may be shown in this view at this consent. */
    public boolean showsCalls(boolean consentFull) {
        return this == LOOPBACK && consentFull;
    }
}
