package com.ooma.telo.agent.status;

import java.time.Duration;
import java.util.List;

/**
 * The status listener's bounds and the {@code Host} names it answers besides its own address and loopback's.
 *
 * @param allowedHosts   extra {@code Host} names ({@code status.allowed_hosts}), lowercase, without ports
 * @param requestTimeout a connection is closed this long after it opened, answered or not: slow headers, a slow
 *                       reader of the answer, an idle connection
 * @param maxConnections connections served at once; one more is closed at once
 */
public record StatusPolicy(List<String> allowedHosts, Duration requestTimeout, int maxConnections) {
    /** The request line: {@code GET /status HTTP/1.1} needs 24 bytes. */
    public static final int MAX_INITIAL_LINE = 4096;
    /** All header lines of one request. */
    public static final int MAX_HEADER_BYTES = 8192;
    /** A request body (GET and HEAD need none; anything else is answered 405 once it is read). */
    public static final int MAX_CONTENT_BYTES = 8192;
    /** 10 s: curl on the unit answers in milliseconds. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** 8: a support engineer and a HIL rig, several times over. */
    public static final int MAX_CONNECTIONS = 8;

    public StatusPolicy {
        allowedHosts = List.copyOf(allowedHosts);
        if (requestTimeout.isNegative() || requestTimeout.isZero() || maxConnections < 1) {
            throw new IllegalArgumentException("requestTimeout and maxConnections must be positive");
        }
    }

    /** The shipped bounds, with these extra host names. */
    public static StatusPolicy of(List<String> allowedHosts) {
        return new StatusPolicy(allowedHosts, REQUEST_TIMEOUT, MAX_CONNECTIONS);
    }
}
