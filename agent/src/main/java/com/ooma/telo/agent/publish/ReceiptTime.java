package com.ooma.telo.agent.publish;

import com.ooma.telo.agent.seal.Receipt;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * What receipts say about the time, on the monotonic clock, whatever the wall clock reads. A receipt names records
 * the collector stored, so it was issued after each of them was first sent: for a record this process sent first
 * (not one it found in the spool at start, which an earlier run may have sent), the receipt's age is at most the
 * monotonic time since that send. So the backend's clock now reads at most {@code issued_at + (now - first send)}:
 * an upper bound on the true time from signed data and the monotonic clock alone. The smallest such bound seen is
 * kept and carried forward on the monotonic clock, so later receipts that cover only older records are judged by it
 * too. The wall clock is then checked against it ({@code ClockWatch#checkAgainst}), and a receipt the wall clock
 * calls expired is still taken when the bound shows it is not.
 *
 * <p>Memory only: one entry per record sent and not yet covered. Thread-safe.
 */
final class ReceiptTime {
    private final LongSupplier nanos;
    private final Set<Long> inherited = new HashSet<>();
    private final Map<Long, Long> firstSentNanos = new HashMap<>();
    private boolean anchored;
    private long anchorIssuedMs;
    private long anchorNanos;

    ReceiptTime(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Records in the spool at start: an earlier run may have sent them, so their sends bound nothing. */
    synchronized void inherit(Collection<Long> ids) {
        inherited.addAll(ids);
    }

    /** {@code id} goes out now; its first send by this process starts its bound. */
    synchronized void sending(long id) {
        if (!inherited.contains(id)) {
            firstSentNanos.putIfAbsent(id, nanos.getAsLong());
        }
    }

    /** {@code ids} left the spool: nothing more to learn from them. */
    synchronized void forget(Collection<Long> ids) {
        ids.forEach(firstSentNanos::remove);
        inherited.removeAll(ids);
    }

    /**
     * The latest Unix time (ms, the backend's clock) it can be now, learning from {@code receipt}, which covers the
     * spool ids {@code covered}; empty when no receipt so far covered a record this process sent.
     */
    synchronized OptionalLong latestNowMs(Receipt receipt, Collection<Long> covered) {
        long now = nanos.getAsLong();
        OptionalLong newestSend = covered.stream().map(firstSentNanos::get).filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue).max();
        if (newestSend.isPresent()) {
            long candidate = receipt.issuedAt().toEpochMilli() + (now - newestSend.getAsLong()) / 1_000_000;
            if (!anchored || candidate < bound(now)) {
                anchored = true;
                anchorIssuedMs = receipt.issuedAt().toEpochMilli();
                anchorNanos = newestSend.getAsLong();
            }
        }
        return anchored ? OptionalLong.of(bound(now)) : OptionalLong.empty();
    }

    private long bound(long now) {
        return anchorIssuedMs + (now - anchorNanos) / 1_000_000;
    }
}
