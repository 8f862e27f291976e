package com.ooma.telo.agent.status;

import com.ooma.telo.agent.ingest.LoopbackServer;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The local status page: {@code GET /status} answers a JSON object of the agent's counters (nothing personal: the
 * same numbers a health report carries). Loopback only; for a support engineer on the unit and for HIL rigs.
 *
 * <pre>
 * bytes ─▶ "guard" StatusGuard ─▶ "http" HttpServerCodec ─▶ "aggregate" HttpObjectAggregator ─▶ "status" StatusHandler
 *          ≤ 8 connections,        request line ≤ 4 KiB,     body ≤ 8 KiB (else 413)             Host check, routes
 *          10 s each               headers ≤ 8 KiB (else 400)
 * </pre>
 * Every bound is in {@link StatusPolicy}; what each refusal counts is in {@link StatusStats}.
 */
public final class StatusServer implements AutoCloseable {
    private final LoopbackServer server;

    private StatusServer(LoopbackServer server) {
        this.server = server;
    }

    public static StatusServer start(String host, int port, Supplier<String> statusJson, StatusPolicy policy,
                                     StatusStats stats) throws InterruptedException {
        AllowedHosts hosts = new AllowedHosts(policy.allowedHosts());
        AtomicInteger open = new AtomicInteger();
        return new StatusServer(LoopbackServer.bind(host, port, "telo-status", p -> {
            p.addLast("guard", new StatusGuard(policy, stats, open));
            p.addLast("http", new HttpServerCodec(StatusPolicy.MAX_INITIAL_LINE, StatusPolicy.MAX_HEADER_BYTES,
                    StatusPolicy.MAX_CONTENT_BYTES));
            p.addLast("aggregate", new HttpObjectAggregator(StatusPolicy.MAX_CONTENT_BYTES));
            p.addLast("status", new StatusHandler(statusJson, hosts, stats));
        }));
    }

    public InetSocketAddress localAddress() {
        return server.localAddress();
    }

    /** Idempotent. */
    @Override
    public void close() {
        server.close();
    }
}
