package com.ooma.telo.agent.publish;

import com.ooma.telo.agent.seal.ReceiptOpener;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** Publish outcomes, for health reports and the status page. */
public final class PublishStats {
    final AtomicLong sent = new AtomicLong();
    final AtomicLong acked = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong connects = new AtomicLong();
    final AtomicLong connectFailures = new AtomicLong();
    final AtomicLong connectionsLost = new AtomicLong();
    /** Inbound messages beyond the bound, read past without being held (see InboundPacketGuard). */
    final AtomicLong cmdOversize = new AtomicLong();
    /** Connections dropped and made again because records waited in flight with no PUBACK (a half-open link). */
    final AtomicLong recycled = new AtomicLong();
    /** Connects made without a last will because it could not be sealed. */
    final AtomicLong willUnsealed = new AtomicLong();
    /** Send passes that stopped at the drain rate with records left to send (a backlog being paced). */
    final AtomicLong paced = new AtomicLong();
    /** Birth messages published (one per connect, consent permitting). */
    final AtomicLong births = new AtomicLong();
    /** Connects made without a birth message because it could not be sealed. */
    final AtomicLong birthUnsealed = new AtomicLong();
    /** Receipt mode: receipts accepted, records they took out of the spool, receipts that covered none of them. */
    final AtomicLong receiptsAccepted = new AtomicLong();
    final AtomicLong receiptsCovered = new AtomicLong();
    final AtomicLong receiptsCoveredNone = new AtomicLong();
    /** Receipts the wall clock called expired, taken because the monotonic clock showed they were not. */
    final AtomicLong receiptsWallExpired = new AtomicLong();
    /** Records sent again because no receipt covered them within the timeout, or at a reconnect. */
    final AtomicLong receiptResends = new AtomicLong();
    /** Records PUBACKed and still waiting for a receipt (a level). */
    final AtomicLong awaitingReceipt = new AtomicLong();
    private final Map<ReceiptOpener.Refusal, AtomicLong> receiptsRefused = new EnumMap<>(ReceiptOpener.Refusal.class);
    private volatile boolean receiptMode;
    private final Map<ConnectError, AtomicLong> connectErrors = new EnumMap<>(ConnectError.class);
    private volatile ConnectError lastConnectError;

    public PublishStats() {
        for (ConnectError e : ConnectError.values()) {
            connectErrors.put(e, new AtomicLong());
        }
        for (ReceiptOpener.Refusal r : ReceiptOpener.Refusal.values()) {
            receiptsRefused.put(r, new AtomicLong());
        }
    }

    void receiptRefused(ReceiptOpener.Refusal r) {
        receiptsRefused.get(r).incrementAndGet();
    }

    /** In receipt mode the receipt counters are shown (zero included), so an operator sees they are being kept. */
    void receiptMode() {
        receiptMode = true;
    }

    void connectFailed(ConnectError e) {
        connectFailures.incrementAndGet();
        connectErrors.get(e).incrementAndGet();
        lastConnectError = e;
    }

    /** The class of the last failed connect attempt since start, for the status page. */
    public Optional<ConnectError> lastConnectError() {
        return Optional.ofNullable(lastConnectError);
    }

    public SortedMap<String, Long> snapshot() {
        SortedMap<String, Long> m = new TreeMap<>();
        m.put("publish.sent", sent.get());
        m.put("publish.acked", acked.get());
        m.put("publish.failed", failed.get());
        m.put("publish.connects", connects.get());
        m.put("publish.connect_failures", connectFailures.get());
        m.put("publish.connections_lost", connectionsLost.get());
        m.put("publish.cmd_oversize", cmdOversize.get());
        m.put("publish.recycled", recycled.get());
        m.put("publish.will_unsealed", willUnsealed.get());
        m.put("publish.births", births.get());
        m.put("publish.paced", paced.get());
        m.put("publish.birth_unsealed", birthUnsealed.get());
        if (receiptMode) {
            m.put("publish.receipt_resends", receiptResends.get());
            m.put("receipts.accepted", receiptsAccepted.get());
            m.put("receipts.covered", receiptsCovered.get());
            m.put("receipts.covered_none", receiptsCoveredNone.get());
            m.put("receipts.accepted_wall_expired", receiptsWallExpired.get());
            m.put("spool.awaiting_receipt", awaitingReceipt.get());
            receiptsRefused.forEach((r, n) -> m.put("receipts.refused." + r.label(), n.get()));
        }
        connectErrors.forEach((e, n) -> {
            if (n.get() > 0) {
                m.put("publish.connect_error." + e.label(), n.get());
            }
        });
        return m;
    }
}
