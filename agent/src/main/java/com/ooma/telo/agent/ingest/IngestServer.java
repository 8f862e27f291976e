package com.ooma.telo.agent.ingest;

import io.netty.channel.ChannelPipeline;
import java.net.InetSocketAddress;

/**
 * The ingest socket: newline-delimited JSON events over TCP on loopback (docs/design.md §4).
 *
 * <pre>
 * bytes ─▶ "frame" LineFrameDecoder(16 KiB, failFast) ─▶ "event" EventDecoder ─▶ "sink" EventHandler ─▶ EventSink
 * </pre>
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
     * that {@code withheld} names (communications content) lose their values in the parser.
     */
    public static IngestServer start(String host, int port, EventSink sink, IngestStats stats, FieldPolicy withheld)
            throws InterruptedException {
        return new IngestServer(LoopbackServer.bind(host, port, "telo-ingest",
                p -> initPipeline(p, sink, stats, withheld)));
    }

    /** The one place the ingest pipeline is assembled; tests build the same one on an EmbeddedChannel. */
    static void initPipeline(ChannelPipeline p, EventSink sink, IngestStats stats, FieldPolicy withheld) {
        p.addLast("frame", new LineFrameDecoder(MAX_LINE_BYTES));
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
