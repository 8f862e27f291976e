package com.ooma.telo.agent.publish;

import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** Publish outcomes, for health reports and the status page. */
public final class PublishStats {
    final AtomicLong sent = new AtomicLong();
    final AtomicLong acked = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong connects = new AtomicLong();
    final AtomicLong connectFailures = new AtomicLong();
    final AtomicLong connectionsLost = new AtomicLong();
    /** Inbound messages beyond the bound, read past without being held (see InboundPacketGuard). */
    final AtomicLong cmdOversize = new AtomicLong();

    public SortedMap<String, Long> snapshot() {
        SortedMap<String, Long> m = new TreeMap<>();
        m.put("publish.sent", sent.get());
        m.put("publish.acked", acked.get());
        m.put("publish.failed", failed.get());
        m.put("publish.connects", connects.get());
        m.put("publish.connect_failures", connectFailures.get());
        m.put("publish.connections_lost", connectionsLost.get());
        m.put("publish.cmd_oversize", cmdOversize.get());
        return m;
    }
}
