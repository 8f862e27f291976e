package com.ooma.telo.agent.ingest;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A Netty server on one event-loop thread with a per-connection pipeline: the ingest socket and the status page.
 * Binding fails fast; closing is idempotent (the SIGTERM path and the final close may both call it).
 */
public final class LoopbackServer implements AutoCloseable {
    private final EventLoopGroup group;
    private final Channel channel;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LoopbackServer(EventLoopGroup group, Channel channel) {
        this.group = group;
        this.channel = channel;
    }

    /**
     * Binds {@code host:port} (port 0 picks a free one); {@code pipeline} builds each connection's handlers.
     *
     * @throws ChannelException naming {@code host:port} when the bind fails (port in use, say)
     */
    public static LoopbackServer bind(String host, int port, String threadName, Consumer<ChannelPipeline> pipeline)
            throws InterruptedException {
        EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory(threadName, true));
        try {
            Channel ch = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel c) {
                            pipeline.accept(c.pipeline());
                        }
                    })
                    .bind(host, port).sync().channel();
            return new LoopbackServer(group, ch);
        } catch (RuntimeException | InterruptedException e) {
            group.shutdownGracefully();
            throw e;
        } catch (Exception bindFailed) { // Netty rethrows the bind's BindException undeclared
            group.shutdownGracefully();
            throw new ChannelException("cannot listen on " + host + ":" + port + " ("
                    + bindFailed.getMessage() + ")", bindFailed);
        }
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
