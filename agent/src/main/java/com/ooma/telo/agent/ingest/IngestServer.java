package com.ooma.telo.agent.ingest;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;

/**
 * The ingest socket: newline-delimited JSON events over TCP on loopback (DESIGN §4).
 *
 * <pre>
 * bytes ─▶ "frame" LineBasedFrameDecoder(16 KiB, failFast) ─▶ "event" EventDecoder ─▶ "sink" EventHandler ─▶ EventSink
 * </pre>
 */
public final class IngestServer implements AutoCloseable {
    /** The contract's line limit (16 KiB), newline excluded. */
    public static final int MAX_LINE_BYTES = 16 * 1024;

    private final EventLoopGroup group;
    private final Channel channel;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private IngestServer(EventLoopGroup group, Channel channel) {
        this.group = group;
        this.channel = channel;
    }

    /**
     * Binds {@code host:port} (port 0 picks a free one) and starts accepting; fails fast if the bind fails. Fields
     * that {@code withheld} names (communications content) lose their values in the parser.
     */
    public static IngestServer start(String host, int port, EventSink sink, IngestStats stats, FieldPolicy withheld)
            throws InterruptedException {
        EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("telo-ingest", true));
        try {
            Channel ch = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.AUTO_READ, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel c) {
                            initPipeline(c.pipeline(), sink, stats, withheld);
                        }
                    })
                    .bind(host, port).sync().channel();
            return new IngestServer(group, ch);
        } catch (RuntimeException | InterruptedException e) {
            group.shutdownGracefully();
            throw e;
        }
    }

    /** The one place the ingest pipeline is assembled; tests build the same one on an EmbeddedChannel. */
    static void initPipeline(ChannelPipeline p, EventSink sink, IngestStats stats, FieldPolicy withheld) {
        p.addLast("frame", new LineBasedFrameDecoder(MAX_LINE_BYTES, true, true));
        p.addLast("event", new EventDecoder(stats, withheld));
        p.addLast("sink", new EventHandler(sink, stats));
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** Idempotent: the SIGTERM path and the final close may both call it. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }
}
