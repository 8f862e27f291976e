package com.ooma.telo.agent.ingest;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.tinylog.Logger;

/**
 * One ingest connection's place in the {@link IngestBudget}: asks for admission when the connection opens (a
 * refused one is closed before a byte is read), reports what the frame decoder holds after each read, and closes
 * the connection when
 * <ul>
 *   <li>no byte arrived for {@code idleTimeout} (the {@code IdleStateHandler} before it says so):
 *       {@code ingest.idle_closed};</li>
 *   <li>a line is still unfinished {@code partialLineTimeout} after its first byte, however slowly bytes keep
 *       coming: {@code ingest.stalled_closed};</li>
 *   <li>the budget evicts it: {@code ingest.evicted}.</li>
 * </ul>
 * When the agent closes a connection, the unfinished line is dropped, not parsed: only a close by the hub passes
 * it on (as {@link LineFrameDecoder.UnterminatedLine}). One instance per connection.
 *
 * <pre>
 * bytes ─▶ "idle" IdleStateHandler ─▶ "guard" ConnectionGuard ─▶ "frame" LineFrameDecoder ─▶ …
 *                    │ READER_IDLE ───────▶ │ ◀──────── afterRead(held, unfinished, lineEnded)
 *                                           └──▶ IngestBudget (shared by every connection)
 * </pre>
 */
final class ConnectionGuard extends ChannelInboundHandlerAdapter implements LineFrameDecoder.Progress {
    private final IngestBudget budget;
    private final IngestStats stats;
    private ChannelHandlerContext ctx;
    private IngestBudget.Slot slot;
    private boolean refused;
    private ScheduledFuture<?> stallCheck;

    ConnectionGuard(IngestBudget budget, IngestStats stats) {
        this.budget = budget;
        this.stats = stats;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        if (ctx.channel().isActive()) { // added to a live channel (EmbeddedChannel): no channelActive will come
            admit();
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        admit();
        if (slot != null) {
            ctx.fireChannelActive();
        }
    }

    private void admit() {
        if (slot != null || refused) {
            return;
        }
        slot = budget.admit(this::evict);
        if (slot == null) {
            refused = true;
            ctx.close();
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (slot == null) {
            ReferenceCountUtil.release(msg); // refused: nothing it sends is read
            return;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void afterRead(int heldBytes, boolean unfinished, boolean lineEnded) {
        if (slot == null) {
            return;
        }
        budget.held(slot, heldBytes, unfinished, lineEnded);
        if (unfinished && stallCheck == null && ctx.channel().isOpen()) {
            scheduleStallCheck(budget.limits().partialLineTimeout().toNanos());
        }
    }

    private void scheduleStallCheck(long delayNanos) {
        stallCheck = ctx.executor().schedule(this::checkStall, delayNanos, TimeUnit.NANOSECONDS);
    }

    /** One timer per connection while a line is unfinished: re-armed for what is left of the current line's time. */
    private void checkStall() {
        stallCheck = null;
        long timeout = budget.limits().partialLineTimeout().toNanos();
        long unfinishedFor = budget.unfinishedNanos(slot);
        if (unfinishedFor < 0) {
            return; // at a line boundary: the next unfinished line arms a new check
        }
        if (unfinishedFor >= timeout) {
            long n = stats.stalledClosed.incrementAndGet();
            if (Long.bitCount(n) == 1) {
                Logger.warn("ingest: closed a connection whose line stayed unfinished for {} "
                        + "(ingest.partial_line_timeout); {} so far", budget.limits().partialLineTimeout(), n);
            }
            close();
        } else {
            scheduleStallCheck(timeout - unfinishedFor);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            long n = stats.idleClosed.incrementAndGet();
            if (Long.bitCount(n) == 1) {
                Logger.info("ingest: closed a connection that sent nothing for {} (ingest.idle_timeout); {} so far",
                        budget.limits().idleTimeout(), n);
            }
            close();
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    /** Called by the budget, maybe from another connection's handler: closes on this connection's own thread. */
    private void evict() {
        if (ctx.executor().inEventLoop()) {
            close();
        } else {
            ctx.executor().execute(this::close);
        }
    }

    /** The agent ends the connection: drops the unfinished line (never parsed), closes. */
    private void close() {
        ctx.channel().config().setAutoRead(false); // the read loop in progress, if any, stops here
        LineFrameDecoder frame = ctx.pipeline().get(LineFrameDecoder.class);
        if (frame != null) {
            frame.dropUnfinished();
        }
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        release();
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        release();
    }

    private void release() {
        if (stallCheck != null) {
            stallCheck.cancel(false);
            stallCheck = null;
        }
        if (slot != null) {
            budget.release(slot);
        }
    }
}
