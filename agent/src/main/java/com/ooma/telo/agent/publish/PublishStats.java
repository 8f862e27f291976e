package com.ooma.telo.agent.publish;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
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
    /** Connections dropped and made again because records waited in flight with no PUBACK (a half-open link). */
    final AtomicLong recycled = new AtomicLong();
    /** Connects made without a last will because it could not be sealed. */
    final AtomicLong willUnsealed = new AtomicLong();
    /** Send passes that stopped at the drain rate with records left to send (a backlog being paced). */
    final AtomicLong paced = new AtomicLong();
    /** Birth messages published (one per connect, consent permitting). */
    final AtomicLong births = new AtomicLong();
    /** Connects made without a birth message because it could not be sealed. */
    final AtomicLong birthUnsealed = new AtomicLong();
    private final Map<ConnectError, AtomicLong> connectErrors = new EnumMap<>(ConnectError.class);
    private volatile ConnectError lastConnectError;

    public PublishStats() {
        for (ConnectError e : ConnectError.values()) {
            connectErrors.put(e, new AtomicLong());
        }
    }

    void connectFailed(ConnectError e) {
        connectFailures.incrementAndGet();
        connectErrors.get(e).incrementAndGet();
        lastConnectError = e;
    }

    /** The class of the last failed connect attempt since start, for the status page. */
    public Optional<ConnectError> lastConnectError() {
        return Optional.ofNullable(lastConnectError);
    }

    public SortedMap<String, Long> snapshot() {
        SortedMap<String, Long> m = new TreeMap<>();
        m.put("publish.sent", sent.get());
        m.put("publish.acked", acked.get());
        m.put("publish.failed", failed.get());
        m.put("publish.connects", connects.get());
        m.put("publish.connect_failures", connectFailures.get());
        m.put("publish.connections_lost", connectionsLost.get());
        m.put("publish.cmd_oversize", cmdOversize.get());
        m.put("publish.recycled", recycled.get());
        m.put("publish.will_unsealed", willUnsealed.get());
        m.put("publish.births", births.get());
        m.put("publish.paced", paced.get());
        m.put("publish.birth_unsealed", birthUnsealed.get());
        connectErrors.forEach((e, n) -> {
            if (n.get() > 0) {
                m.put("publish.connect_error." + e.label(), n.get());
            }
        });
        return m;
    }
}
