package com.ooma.telo.agent.ingest;

import java.time.Duration;

/**
 * The ingest socket's bounds (config keys {@code ingest.max_connections}, {@code ingest.max_partial_bytes},
 * {@code ingest.idle_timeout}, {@code ingest.partial_line_timeout}); {@link IngestBudget} enforces them.
 *
 * @param maxConnections     connections served at once; one more evicts the connection whose unfinished line is
 *                           oldest, or is refused when every connection is at a line boundary
 * @param maxPartialBytes    bytes that unfinished lines may hold across all connections (each holds at most
 *                           {@link IngestServer#MAX_LINE_BYTES}); past it, the oldest unfinished lines are evicted
 * @param idleTimeout        a connection that sends no byte for this long is closed
 * @param partialLineTimeout a line must be finished (its LF received) this long after its first byte, or its
 *                           connection is closed
 */
public record IngestLimits(int maxConnections, long maxPartialBytes, Duration idleTimeout,
                           Duration partialLineTimeout) {
    /**
     * The shipped bounds. A hub runs a handful of writers, each writing whole lines in one write: 32 connections
     * is several times that. 256 KiB is sixteen maximum-length lines unfinished at once (a writer's line is
     * unfinished only between two TCP segments), and below the 512 KiB that 32 connections could hold, so both
     * bounds bite. 10 minutes idle is twice the fastest periodic cadence (5 minutes, docs/ingest-protocol.md), so a
     * writer on that cadence keeps its connection. 30 s to finish a line is thousands of times what a writer needs.
     */
    public static final IngestLimits DEFAULTS = new IngestLimits(32, 256 * 1024,
            Duration.ofMinutes(10), Duration.ofSeconds(30));

    public IngestLimits {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections < 1");
        }
        if (maxPartialBytes < IngestServer.MAX_LINE_BYTES) {
            throw new IllegalArgumentException("maxPartialBytes below one line (" + IngestServer.MAX_LINE_BYTES + ")");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || partialLineTimeout.isNegative()
                || partialLineTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }
}
