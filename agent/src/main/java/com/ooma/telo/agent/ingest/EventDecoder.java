package com.ooma.telo.agent.ingest;

import com.ooma.telo.agent.event.Cause;
import com.ooma.telo.agent.ingest.IngestStats.Outcome;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import org.tinylog.Logger;

/**
 * Decodes one framed line ({@link ByteBuf}, or the {@link LineFrameDecoder.UnterminatedLine} left at close) into a
 * {@link com.ooma.telo.agent.event.HubEvent}. A blank line is counted ({@code ingest.blank}); a malformed line is
 * counted and skipped; a last line without its newline is parsed, and counted as truncated when it does not parse.
 * Nothing about a line's content is logged, since it may hold personal data.
 */
final class EventDecoder extends MessageToMessageDecoder<Object> {
    private final EventParser parser;
    private final IngestStats stats;

    EventDecoder(IngestStats stats, FieldPolicy withheld) {
        this.stats = stats;
        this.parser = new EventParser(withheld);
    }

    @Override
    public boolean acceptInboundMessage(Object msg) {
        return msg instanceof ByteBuf || msg instanceof LineFrameDecoder.UnterminatedLine;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, Object msg, List<Object> out) {
        boolean last = msg instanceof LineFrameDecoder.UnterminatedLine;
        ByteBuf line = last ? ((LineFrameDecoder.UnterminatedLine) msg).content() : (ByteBuf) msg;
        if (isBlank(line)) {
            if (!last) {
                stats.count(Outcome.BLANK, Cause.DEVICE);
            }
            return; // trailing spaces before a close are not a line
        }
        byte[] bytes;
        int offset;
        if (line.hasArray()) {
            bytes = line.array();
            offset = line.arrayOffset() + line.readerIndex();
        } else {
            bytes = ByteBufUtil.getBytes(line);
            offset = 0;
        }
        EventParser.Parsed parsed = parser.parse(bytes, offset, line.readableBytes());
        if (parsed instanceof EventParser.Event e) {
            stats.count(Outcome.ACCEPTED, Cause.ofType(e.event().type()));
            out.add(e.event());
        } else if (parsed instanceof EventParser.Malformed m) {
            Outcome outcome = last ? Outcome.TRUNCATED : Outcome.MALFORMED;
            long n = stats.count(outcome, m.cause());
            if (Long.bitCount(n) == 1) { // throttle: 1st, 2nd, 4th, 8th... occurrence
                Logger.warn("ingest: skipped a {} line ({}); {} so far", outcome.key(), m.reason(), n);
            }
        }
    }

    private static boolean isBlank(ByteBuf line) {
        for (int i = line.readerIndex(); i < line.writerIndex(); i++) {
            byte b = line.getByte(i);
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
