package com.ooma.telo.agent.ingest;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LineBasedFrameDecoder;
import java.util.List;

/**
 * Netty's {@link LineBasedFrameDecoder} (16 KiB, fail fast, delimiter stripped), plus what it drops when the hub
 * closes its side: bytes after the last newline are passed on as an {@link UnterminatedLine}, so that a complete
 * last event without its newline is parsed and an incomplete one is counted as truncated instead of vanishing.
 *
 * <pre>
 * {"type":"a",…}\n{"type":"b",…}\n{"type":"c",…}⏏        ⏏ = the hub closes the connection
 * └──── ByteBuf ───┘└──── ByteBuf ───┘└── UnterminatedLine ──┘
 * </pre>
 */
final class LineFrameDecoder extends LineBasedFrameDecoder {
    LineFrameDecoder(int maxLength) {
        super(maxLength, true, true);
    }

    /** The bytes after the last newline at end of input, at most the line bound (a longer tail was discarded). */
    static final class UnterminatedLine extends DefaultByteBufHolder {
        UnterminatedLine(ByteBuf data) {
            super(data);
        }
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        super.decodeLast(ctx, in, out);
        if (in.isReadable()) {
            out.add(new UnterminatedLine(in.readRetainedSlice(in.readableBytes())));
        }
    }
}
