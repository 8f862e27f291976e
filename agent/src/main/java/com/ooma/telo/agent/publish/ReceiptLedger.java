package com.ooma.telo.agent.publish;

import com.ooma.telo.agent.seal.EnvelopeHeader;
import com.ooma.telo.agent.seal.Receipt;
import com.ooma.telo.agent.spool.SpoolRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Receipt mode's memory of what is "sent, awaiting receipt": records the broker acknowledged (PUBACK) that no receipt
 * has covered yet. They stay in the spool and are held back from sending until {@code timeout} has passed on the
 * monotonic clock since their PUBACK, or the connection is made again; then they go again, through the drain bucket
 * like any send. Only memory: after a restart every spooled record is simply pending again (the collector drops the
 * duplicates and receipts them again), so nothing here needs flash. What a receipt covers leaves the spool through
 * {@code Spool.ack}, whose ack frame is the durable part. Thread-safe: PUBACKs and receipts arrive on Paho's thread,
 * the send pass runs on the publish thread.
 */
final class ReceiptLedger {
    private record Wait(long pubackNanos, boolean due) { }

    private final long timeoutNanos;
    private final LongSupplier nanos;
    private final Map<Long, Wait> awaiting = new HashMap<>();
    /** (kid, seq) of the records seen, by spool id: read once from each record's header. */
    private final Map<Long, EnvelopeHeader.SenderSeq> names = new HashMap<>();

    ReceiptLedger(Duration timeout, LongSupplier nanos) {
        this.timeoutNanos = timeout.toNanos();
        this.nanos = nanos;
    }

    /** The broker acknowledged {@code id}: from now on it waits for a receipt. */
    synchronized void pubacked(long id) {
        awaiting.put(id, new Wait(nanos.getAsLong(), false));
    }

    /** Whether a send pass should skip {@code id}: PUBACKed, and neither its timeout nor a reconnect has passed. */
    synchronized boolean holdBack(long id) {
        Wait w = awaiting.get(id);
        return w != null && !w.due() && nanos.getAsLong() - w.pubackNanos() < timeoutNanos;
    }

    /** Whether sending {@code id} now is a resend of a record the broker already acknowledged. */
    synchronized boolean awaiting(long id) {
        return awaiting.containsKey(id);
    }

    /** A new connection: everything awaiting a receipt is sent again on it (the broker may have lost it). */
    synchronized void reconnected() {
        awaiting.replaceAll((id, w) -> new Wait(w.pubackNanos(), true));
    }

    synchronized int size() {
        return awaiting.size();
    }

    /** The ids among {@code pending} (the spool's records) that {@code receipt} covers; nothing is forgotten yet. */
    synchronized List<Long> covers(Receipt receipt, List<SpoolRecord> pending) {
        List<Long> covered = new ArrayList<>();
        for (SpoolRecord r : pending) {
            Optional<EnvelopeHeader.SenderSeq> name = Optional.ofNullable(names.get(r.id()));
            if (name.isEmpty()) {
                name = EnvelopeHeader.senderSeq(r.sealed());
                name.ifPresent(n -> names.put(r.id(), n));
            }
            if (name.isPresent() && receipt.covers(name.get().kid(), name.get().seq())) {
                covered.add(r.id());
            }
        }
        return covered;
    }

    /**
     * The ids among {@code pending} (the spool's records) that {@code receipt} covers, forgotten here; the caller
     * acks them in the spool. Entries of records no longer pending (evicted, purged) are dropped on the way.
     */
    synchronized List<Long> cover(Receipt receipt, List<SpoolRecord> pending) {
        List<Long> covered = covers(receipt, pending);
        forget(covered, pending);
        return covered;
    }

    /** Forgets {@code covered} (what {@link #covers} found) and entries of records no longer in {@code pending}. */
    synchronized void forget(List<Long> covered, List<SpoolRecord> pending) {
        Set<Long> live = new HashSet<>();
        pending.forEach(r -> live.add(r.id()));
        covered.forEach(live::remove);
        awaiting.keySet().retainAll(live);
        names.keySet().retainAll(live);
    }
}
