package com.ooma.telo.agent.status;

import com.ooma.telo.agent.ingest.LoopbackServer;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local status listener: the page at {@code /} (plain language, for the customer and a support engineer),
 * {@code /status} (JSON for scripts and HIL rigs), {@code /metrics} (Prometheus text) and {@code /healthz}. Nothing
 * personal; loopback by default ({@code status.host}); bound to the LAN, nothing calls cause ({@link View}).
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

    /**
     * Binds {@code host:port}. The view follows the address: loopback shows everything the agent may show there; any
     * other address (a LAN address, or all addresses) shows device-caused facts only ({@link View}).
     */
    public static StatusServer start(String host, int port, StatusSource source, StatusPolicy policy,
                                     StatusStats stats) throws InterruptedException {
        return start(host, port, source, viewOf(host), policy, stats);
    }

    /** As above with the view given (tests of the LAN view on a loopback socket). */
    static StatusServer start(String host, int port, StatusSource source, View view, StatusPolicy policy,
                              StatusStats stats) throws InterruptedException {
        AllowedHosts hosts = new AllowedHosts(policy.allowedHosts());
        AtomicInteger open = new AtomicInteger();
        return new StatusServer(LoopbackServer.bind(host, port, "telo-status", p -> {
            p.addLast("guard", new StatusGuard(policy, stats, open));
            p.addLast("http", new HttpServerCodec(StatusPolicy.MAX_INITIAL_LINE, StatusPolicy.MAX_HEADER_BYTES,
                    StatusPolicy.MAX_CONTENT_BYTES));
            p.addLast("aggregate", new HttpObjectAggregator(StatusPolicy.MAX_CONTENT_BYTES));
            p.addLast("status", new StatusHandler(source, view, hosts, stats));
        }));
    }

    /** {@link View#LOOPBACK} for a loopback address, else {@link View#LAN} (a name that does not resolve too). */
    public static View viewOf(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress() ? View.LOOPBACK : View.LAN;
        } catch (java.net.UnknownHostException e) {
            return View.LAN;
        }
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
