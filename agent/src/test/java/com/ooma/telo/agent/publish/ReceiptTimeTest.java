package com.ooma.telo.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.Receipt;
import com.ooma.telo.agent.seal.Receipt.SeqRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The bound receipts put on the true time: a receipt covering a record this process first sent at monotonic time t
 * was issued after t, so now is at most {@code issued_at + (now - t)} on the backend's clock, whatever the wall clock
 * says; records found in the spool at start bound nothing.
 */
class ReceiptTimeTest {
    private static final Instant ISSUED = Instant.parse("2026-12-03T12:00:00Z");
    private static final long SEC = 1_000_000_000L;

    private final AtomicLong nanos = new AtomicLong(1_000 * SEC);
    private final ReceiptTime time = new ReceiptTime(nanos::get);

    private static Receipt receipt(Instant issued) {
        return new Receipt("00".repeat(16), 1, List.of(new SeqRange(1, 9)), issued, issued.plusSeconds(600));
    }

    @Test
    void aCoveredRecordSentByThisProcess_boundsNowByIssuedAtPlusTheTimeSinceItsFirstSend() {
        time.sending(7);
        nanos.addAndGet(5 * SEC);
        time.sending(7); // a resend does not move its first send
        nanos.addAndGet(3 * SEC);

        OptionalLong latest = time.latestNowMs(receipt(ISSUED), List.of(7L));

        assertThat(latest).hasValue(ISSUED.toEpochMilli() + 8_000);
    }

    @Test
    void theNewestCoveredSend_givesTheTightestBound_andTheBoundMovesOnWithTheMonotonicClock() {
        time.sending(1);
        nanos.addAndGet(60 * SEC);
        time.sending(2);
        nanos.addAndGet(2 * SEC);
        assertThat(time.latestNowMs(receipt(ISSUED), List.of(1L, 2L))).hasValue(ISSUED.toEpochMilli() + 2_000);

        nanos.addAndGet(Duration.ofDays(1).toNanos());
        assertThat(time.latestNowMs(receipt(ISSUED.minusSeconds(30)), List.of()))
                .as("a receipt covering nothing this process sent is judged by the bound carried forward")
                .hasValue(ISSUED.toEpochMilli() + 2_000 + Duration.ofDays(1).toMillis());
    }

    @Test
    void recordsFoundInTheSpoolAtStart_boundNothing() {
        time.inherit(List.of(3L));
        time.sending(3);
        nanos.addAndGet(SEC);

        assertThat(time.latestNowMs(receipt(ISSUED), List.of(3L))).isEmpty();
    }

    @Test
    void aLooserBoundLater_doesNotReplaceATighterOne() {
        time.sending(1);
        nanos.addAndGet(SEC);
        assertThat(time.latestNowMs(receipt(ISSUED), List.of(1L))).hasValue(ISSUED.toEpochMilli() + 1_000);
        time.sending(2);
        nanos.addAndGet(SEC);

        OptionalLong latest = time.latestNowMs(receipt(ISSUED.plus(Duration.ofHours(1))), List.of(2L));

        assertThat(latest).as("a collector clock an hour ahead does not widen the bound")
                .hasValue(ISSUED.toEpochMilli() + 2_000);
    }

    @Test
    void forgottenRecords_boundNothingMore() {
        time.sending(4);
        time.forget(List.of(4L));
        nanos.addAndGet(SEC);

        assertThat(time.latestNowMs(receipt(ISSUED), List.of(4L))).isEmpty();
    }
}
