package com.ooma.telo.agent.ingest;

import com.ooma.telo.agent.event.Cause;
import com.ooma.telo.agent.event.HubEvent;
import com.ooma.telo.agent.ingest.IngestStats.Outcome;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import org.tinylog.Logger;

/** Hands decoded events to the sink, and keeps the connection up through oversize lines and decoder errors. */
final class EventHandler extends SimpleChannelInboundHandler<HubEvent> {
    private final EventSink sink;
    private final IngestStats stats;

    EventHandler(EventSink sink, IngestStats stats) {
        this.sink = sink;
        this.stats = stats;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        stats.connections.incrementAndGet();
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HubEvent event) {
        if (!sink.offer(event)) {
            long n = stats.count(Outcome.QUEUE_FULL, Cause.ofType(event.type()));
            if (Long.bitCount(n) == 1) {
                Logger.warn("ingest: pipeline queue full, dropped an event; {} so far", n);
            }
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            long n = stats.count(Outcome.OVERSIZE, Cause.DEVICE); // never parsed: its type is unknown
            if (Long.bitCount(n) == 1) {
                Logger.warn("ingest: skipped a line over {} bytes; {} so far", IngestServer.MAX_LINE_BYTES, n);
            }
            return; // the frame decoder has already discarded up to the next newline
        }
        // Only the exception type: messages of I/O and codec errors can carry input bytes.
        com.ooma.telo.agent.log.ThrottledLog.warn("ingest: connection error {}; closing that connection",
                cause.getClass().getSimpleName());
        ctx.close();
    }
}
