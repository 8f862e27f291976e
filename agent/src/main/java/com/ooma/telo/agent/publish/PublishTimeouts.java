package com.ooma.telo.agent.publish;

import java.time.Duration;

/**
 * Every wait of the publisher, bounded.
 *
 * @param connectDeadline the longest a connect attempt may take, TCP to CONNACK; past it the client is discarded and
 *                        the attempt counted as a timeout (a peer that accepts TCP and never answers cannot hold it)
 * @param ackDeadline     the longest records may wait in flight without a single PUBACK; past it the connection is
 *                        treated as half-open, dropped and made again (keepalive alone notices after 1.5 × 60 s)
 * @param startDelayMax   the first connect waits a random delay up to this long, so hubs that lose power together
 *                        do not reconnect together
 */
public record PublishTimeouts(Duration connectDeadline, Duration ackDeadline, Duration startDelayMax) {
    /** A hub's: 20 s to connect, 30 s without an ack, up to 10 s before the first connect. */
    public static PublishTimeouts standard() {
        return new PublishTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    /** The standard deadlines with another start delay (0 in tests and the demo). */
    public PublishTimeouts withStartDelayMax(Duration d) {
        return new PublishTimeouts(connectDeadline, ackDeadline, d);
    }
}
