package com.ooma.telo.agent.status;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tinylog.Logger;

/**
 * First in each status connection's pipeline: admits it while fewer than {@link StatusPolicy#maxConnections} are
 * open (else closes it at once: {@code status.connections_refused}), and closes it when its time runs out
 * ({@link StatusPolicy#requestTimeout} from the accept, however slowly bytes trickle in or the answer is read:
 * {@code status.timed_out}). A deadline, not a read timeout: a client sending one header byte every few seconds
 * would reset a read timeout for ever.
 *
 * <pre>
 * accept ──▶ admitted? ──no──▶ close                       open ≤ maxConnections
 *               │yes
 *               ├── request ─▶ answer ─▶ close             (normal: milliseconds)
 *               └── requestTimeout elapses ─▶ close        (slow headers, slow reader, silence)
 * </pre>
 */
final class StatusGuard extends ChannelInboundHandlerAdapter {
    private final StatusPolicy policy;
    private final StatusStats stats;
    private final AtomicInteger open;
    private boolean admitted;
    private ScheduledFuture<?> deadline;

    /** @param open connections open now, shared by the listener's connections */
    StatusGuard(StatusPolicy policy, StatusStats stats, AtomicInteger open) {
        this.policy = policy;
        this.stats = stats;
        this.open = open;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (open.incrementAndGet() > policy.maxConnections()) {
            open.decrementAndGet();
            long n = stats.connectionsRefused.incrementAndGet();
            if (Long.bitCount(n) == 1) {
                Logger.warn("status: refused a connection: {} open; {} so far", policy.maxConnections(), n);
            }
            ctx.close();
            return;
        }
        admitted = true;
        deadline = ctx.executor().schedule(() -> timeUp(ctx), policy.requestTimeout().toNanos(),
                TimeUnit.NANOSECONDS);
        ctx.fireChannelActive();
    }

    private void timeUp(ChannelHandlerContext ctx) {
        long n = stats.timedOut.incrementAndGet();
        if (Long.bitCount(n) == 1) {
            Logger.warn("status: closed a connection not done within {}; {} so far", policy.requestTimeout(), n);
        }
        ctx.close();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!admitted) {
            ReferenceCountUtil.release(msg);
            return;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (admitted) {
            admitted = false;
            open.decrementAndGet();
            deadline.cancel(false);
        }
        ctx.fireChannelInactive();
    }
}
