package com.ooma.telo.simulator.device;

import java.util.List;

/** The hub's WAN address at any moment of the run (for values that quote it, such as a SIP Contact). */
final class WanAddress {
    private final String first;
    private final List<WanChanges.Change> changes;

    WanAddress(String first, List<WanChanges.Change> changes) {
        this.first = first;
        this.changes = changes;
    }

    String at(long t) {
        String ip = first;
        for (WanChanges.Change c : changes) {
            if (c.down().to() <= t) {
                ip = c.wanIp();
            }
        }
        return ip;
    }
}
