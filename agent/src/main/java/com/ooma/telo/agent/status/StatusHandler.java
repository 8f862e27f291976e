package com.ooma.telo.agent.status;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.tinylog.Logger;

/**
 * Answers one request per connection, then closes it. In this order:
 *
 * <pre>
 * decoder rejected it (DecoderResult.isFailure) ─▶ 400     status.bad_request
 * no Host, or more than one                     ─▶ 400     status.bad_request
 * Host not allowed (AllowedHosts)               ─▶ 421     status.refused_host
 * method not GET or HEAD                        ─▶ 405
 * GET /status                                   ─▶ 200 application/json (HEAD: its headers only; a query is ignored)
 * GET /                                         ─▶ 200 text/html: the page (StatusPage)
 * GET /metrics                                  ─▶ 200 text/plain; version=0.0.4 (MetricsText)
 * GET /healthz                                  ─▶ 200 "ok" or 503 and one word (pipeline, broker, spool)
 * any other path                                ─▶ 404
 * </pre>
 * What each answer shows is cut to the listener's {@link View}: on the LAN nothing that calls cause.
 * Nothing of the request is logged or echoed: log lines (throttled) hold counts only.
 */
final class StatusHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final StatusSource source;
    private final View view;
    private final AllowedHosts hosts;
    private final StatusStats stats;

    StatusHandler(StatusSource source, View view, AllowedHosts hosts, StatusStats stats) {
        this.source = source;
        this.view = view;
        this.hosts = hosts;
        this.stats = stats;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        if (!ctx.channel().isActive()) {
            return; // what the decoder makes of a request cut short by a close (a timeout): nobody to answer
        }
        List<String> host = req.headers().getAll(HttpHeaderNames.HOST);
        FullHttpResponse res;
        if (req.decoderResult().isFailure() || host.size() != 1) {
            count(stats.badRequest, "status: answered 400 to a request the decoder rejected or without one Host");
            res = text(HttpResponseStatus.BAD_REQUEST, "bad request\n");
        } else if (!hosts.allows(host.get(0), (InetSocketAddress) ctx.channel().localAddress())) {
            count(stats.refusedHost, "status: answered 421 to a request for another Host (status.allowed_hosts)");
            res = text(HttpResponseStatus.MISDIRECTED_REQUEST, "misdirected request: unknown Host\n");
        } else if (!HttpMethod.GET.equals(req.method()) && !HttpMethod.HEAD.equals(req.method())) {
            res = text(HttpResponseStatus.METHOD_NOT_ALLOWED, "GET or HEAD only\n");
            res.headers().set(HttpHeaderNames.ALLOW, "GET, HEAD");
        } else {
            res = route(path(req.uri()));
        }
        if (HttpMethod.HEAD.equals(req.method())) {
            FullHttpResponse full = res;
            res = full.replace(Unpooled.EMPTY_BUFFER); // same headers, Content-Length included
            full.release();
        }
        ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
    }

    private FullHttpResponse route(String path) {
        switch (path) {
            case "/status":
                return response(HttpResponseStatus.OK, source.json(view) + "\n", "application/json");
            case "/":
                return response(HttpResponseStatus.OK, StatusPage.html(source.snapshot(view)), "text/html");
            case "/metrics":
                return response(HttpResponseStatus.OK, MetricsText.render(source.snapshot(view)),
                        "text/plain; version=0.0.4");
            case "/healthz":
                StatusSnapshot s = source.snapshot(view);
                return text(s.healthy() ? HttpResponseStatus.OK : HttpResponseStatus.SERVICE_UNAVAILABLE,
                        s.health() + "\n");
            default:
                return text(HttpResponseStatus.NOT_FOUND, "not found; try /, /status, /metrics or /healthz\n");
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close(); // I/O errors; their messages can carry input, so nothing is logged
    }

    private static String path(String uri) {
        int q = uri.indexOf('?');
        return q < 0 ? uri : uri.substring(0, q);
    }

    private static void count(AtomicLong counter, String what) {
        long n = counter.incrementAndGet();
        if (Long.bitCount(n) == 1) {
            Logger.warn("{}; {} so far", what, n);
        }
    }

    private static FullHttpResponse text(HttpResponseStatus status, String body) {
        return response(status, body, "text/plain");
    }

    private static FullHttpResponse response(HttpResponseStatus status, String body, String type) {
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, type + "; charset=utf-8");
        r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, r.content().readableBytes());
        r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        r.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
        return r;
    }
}
