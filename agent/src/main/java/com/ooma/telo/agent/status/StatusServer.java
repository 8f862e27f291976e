package com.ooma.telo.agent.status;

import com.ooma.telo.agent.ingest.LoopbackServer;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The local status page: {@code GET /status} answers a JSON object of the agent's counters (nothing personal: the
 * same numbers a health report carries). Loopback only; for a support engineer on the unit and for HIL rigs.
 */
public final class StatusServer implements AutoCloseable {
    private final LoopbackServer server;

    private StatusServer(LoopbackServer server) {
        this.server = server;
    }

    public static StatusServer start(String host, int port, Supplier<String> statusJson) throws InterruptedException {
        return new StatusServer(LoopbackServer.bind(host, port, "telo-status", p -> {
            p.addLast("http", new HttpServerCodec(4096, 8192, 8192));
            p.addLast("aggregate", new HttpObjectAggregator(8192));
            p.addLast("status", new StatusHandler(statusJson));
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

    /** Serves {@code /status}; everything else is 404, anything but GET is 405. */
    private static final class StatusHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
        private final Supplier<String> statusJson;

        StatusHandler(Supplier<String> statusJson) {
            this.statusJson = statusJson;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
            FullHttpResponse res;
            if (!HttpMethod.GET.equals(req.method())) {
                res = text(HttpResponseStatus.METHOD_NOT_ALLOWED, "GET only\n", "text/plain");
            } else if (req.uri().equals("/status") || req.uri().equals("/")) {
                res = text(HttpResponseStatus.OK, statusJson.get() + "\n", "application/json");
            } else {
                res = text(HttpResponseStatus.NOT_FOUND, "not found; try /status\n", "text/plain");
            }
            ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }

        private static FullHttpResponse text(HttpResponseStatus status, String body, String type) {
            FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                    Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
            r.headers().set(HttpHeaderNames.CONTENT_TYPE, type + "; charset=utf-8");
            r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, r.content().readableBytes());
            return r;
        }
    }
}
