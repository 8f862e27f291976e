package com.ooma.telo.agent.status;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the status listener refused, for the status page itself (not in reports):
 * <ul>
 *   <li>{@code status.bad_request}: answered 400: the HTTP decoder rejected the request (a malformed request
 *       line or header, a request line over 4 KiB, headers over 8 KiB), or {@code Host} is missing or repeated;</li>
 *   <li>{@code status.refused_host}: answered 421: {@code Host} named neither this listener's address, loopback,
 *       nor a name in {@code status.allowed_hosts} (how a DNS-rebinding web page would ask);</li>
 *   <li>{@code status.timed_out}: connections closed when their time ({@link StatusPolicy#requestTimeout}) ran
 *       out before the answer was sent;</li>
 *   <li>{@code status.connections_refused}: connections closed at once because
 *       {@link StatusPolicy#maxConnections} were open.</li>
 * </ul>
 */
public final class StatusStats {
    final AtomicLong badRequest = new AtomicLong();
    final AtomicLong refusedHost = new AtomicLong();
    final AtomicLong timedOut = new AtomicLong();
    final AtomicLong connectionsRefused = new AtomicLong();

    public void copyInto(Map<String, Long> out) {
        out.put("status.bad_request", badRequest.get());
        out.put("status.refused_host", refusedHost.get());
        out.put("status.timed_out", timedOut.get());
        out.put("status.connections_refused", connectionsRefused.get());
    }
}
