package com.ooma.telo.agent.ingest;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.util.ByteProcessor;
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
 *
 * After each read it tells {@link Progress} what it holds: the bytes of the unfinished line in its cumulation (at
 * most 16 KiB: a longer line is skipped up to its LF and holds nothing), and whether a line is unfinished at all.
 *
 * <pre>
 * read 1: {"type":"a","ts":1}\n{"type":"b","t     held 14, unfinished, a line ended (b began in this read)
 * read 2: s":2}\n                                 held  0, at a line boundary
 * read 3: xxxxxxxx…(20 000 bytes, no LF)           held  0, unfinished (skipping an oversize line)
 * </pre>
 */
final class LineFrameDecoder extends LineBasedFrameDecoder {
    /** Told after each read what the decoder holds; {@link IngestBudget} accounts for it. */
    @FunctionalInterface
    interface Progress {
        /**
         * @param heldBytes  bytes of the unfinished line the decoder holds
         * @param unfinished the last byte received was not an LF
         * @param lineEnded  this read held an LF: an unfinished line after it began in this read
         */
        void afterRead(int heldBytes, boolean unfinished, boolean lineEnded);
    }

    private final Progress progress;
    private boolean unfinished;

    LineFrameDecoder(int maxLength, Progress progress) {
        super(maxLength, true, true);
        this.progress = progress;
    }

    /** The bytes after the last newline at end of input, at most the line bound (a longer tail was discarded). */
    static final class UnterminatedLine extends DefaultByteBufHolder {
        UnterminatedLine(ByteBuf data) {
            super(data);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        boolean lineEnded = false;
        if (msg instanceof ByteBuf in && in.isReadable()) {
            int lastLf = in.forEachByteDesc(ByteProcessor.FIND_LF);
            lineEnded = lastLf >= 0;
            unfinished = lastLf != in.writerIndex() - 1;
        }
        super.channelRead(ctx, msg); // releases msg
        progress.afterRead(internalBuffer().readableBytes(), unfinished, lineEnded);
    }

    /**
     * Forgets the unfinished line, so that closing the connection does not pass it on: used when the agent, not
     * the hub, ends the connection (eviction, timeouts). Its bytes are counted by that reason, not as truncated.
     */
    void dropUnfinished() {
        ByteBuf held = internalBuffer();
        held.skipBytes(held.readableBytes());
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        super.decodeLast(ctx, in, out);
        if (in.isReadable()) {
            out.add(new UnterminatedLine(in.readRetainedSlice(in.readableBytes())));
        }
    }
}
