package com.ooma.telo.agent.ingest;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import org.tinylog.Logger;

/**
 * Decodes one framed line into a {@link com.ooma.telo.agent.event.HubEvent}. A malformed line is counted and
 * skipped; nothing about its content is logged, since it may hold personal data.
 */
final class EventDecoder extends MessageToMessageDecoder<ByteBuf> {
    private final EventParser parser;
    private final IngestStats stats;

    EventDecoder(IngestStats stats, FieldPolicy withheld) {
        this.stats = stats;
        this.parser = new EventParser(withheld);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf line, List<Object> out) {
        if (isBlank(line)) {
            return;
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
            stats.accepted.incrementAndGet();
            out.add(e.event());
        } else if (parsed instanceof EventParser.Malformed m) {
            long n = stats.malformed.incrementAndGet();
            if (Long.bitCount(n) == 1) { // throttle: 1st, 2nd, 4th, 8th... occurrence
                Logger.warn("ingest: skipped a malformed line ({}); {} so far", m.reason(), n);
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
