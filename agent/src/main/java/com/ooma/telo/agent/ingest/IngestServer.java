package com.ooma.telo.agent.ingest;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The ingest socket: newline-delimited JSON events over TCP on loopback (docs/design.md §4).
 *
 * <pre>
 * bytes ─▶ "idle" IdleStateHandler(idleTimeout) ─▶ "guard" ConnectionGuard ─▶ "frame" LineFrameDecoder(16 KiB,
 *          failFast) ─▶ "event" EventDecoder ─▶ "sink" EventHandler ─▶ EventSink
 *                                                     │ admit / held bytes / release
 *                                                     ▼
 *                                     IngestBudget (one per server: IngestLimits)
 * </pre>
 * Whatever local processes do (open many connections, hold lines unfinished, go quiet), memory stays within
 * {@link IngestLimits} and a writer of whole lines keeps being served: see {@link IngestBudget} for the policy.
 */
public final class IngestServer implements AutoCloseable {
    /** The contract's line limit (16 KiB), newline excluded. */
    public static final int MAX_LINE_BYTES = 16 * 1024;

    private final LoopbackServer server;

    private IngestServer(LoopbackServer server) {
        this.server = server;
    }

    /**
     * Binds {@code host:port} (port 0 picks a free one) and starts accepting; fails fast if the bind fails. Fields
     * that {@code withheld} names (communications content, fields redaction drops) lose their values in the parser.
     */
    public static IngestServer start(String host, int port, EventSink sink, IngestStats stats, FieldPolicy withheld,
                                     IngestLimits limits) throws InterruptedException {
        IngestBudget budget = new IngestBudget(limits, stats, System::nanoTime);
        return new IngestServer(LoopbackServer.bind(host, port, "telo-ingest",
                p -> initPipeline(p, sink, stats, withheld, budget)));
    }

    /** The pipeline with a budget of its own, at the shipped limits. */
    static void initPipeline(ChannelPipeline p, EventSink sink, IngestStats stats, FieldPolicy withheld) {
        initPipeline(p, sink, stats, withheld, new IngestBudget(IngestLimits.DEFAULTS, stats, System::nanoTime));
    }

    /**
     * The one place the ingest pipeline is assembled; tests build the same one on an EmbeddedChannel. Every
     * connection of one server shares {@code budget}.
     */
    static void initPipeline(ChannelPipeline p, EventSink sink, IngestStats stats, FieldPolicy withheld,
                             IngestBudget budget) {
        ConnectionGuard guard = new ConnectionGuard(budget, stats);
        p.addLast("idle", new IdleStateHandler(budget.limits().idleTimeout().toNanos(), 0, 0, TimeUnit.NANOSECONDS));
        p.addLast("guard", guard);
        p.addLast("frame", new LineFrameDecoder(MAX_LINE_BYTES, guard));
        p.addLast("event", new EventDecoder(stats, withheld));
        p.addLast("sink", new EventHandler(sink, stats));
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
