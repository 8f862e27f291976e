package com.ooma.telo.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.MessageType;
import com.ooma.telo.agent.seal.Receipt;
import com.ooma.telo.agent.seal.Receipt.SeqRange;
import com.ooma.telo.agent.spool.AppendResult;
import com.ooma.telo.agent.spool.Spool;
import com.ooma.telo.agent.spool.SpoolRecord;
import com.ooma.telo.agent.testing.FakeClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receipt mode's bookkeeping against a real spool of real sealed envelopes: what a receipt covers leaves the spool
 * and stays gone after a restart (the ack frame), what it does not cover stays; a PUBACKed record is held back until
 * the receipt timeout on the monotonic clock or a reconnect, then sent again.
 */
class ReceiptLedgerTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-12-03T06:00:00Z"));
    private EnvelopeSealer sealer;
    private String deviceId;
    private int kid;

    @BeforeEach
    void keys() throws Exception {
        KeyFiles.generateDevice(dir.resolve("dev"));
        KeyFiles.generateBackend(dir.resolve("be"));
        deviceId = KeyFiles.readDeviceId(dir.resolve("dev/device.id"));
        sealer = EnvelopeSealer.load(deviceId, dir.resolve("dev/device-signing.pem"),
                dir.resolve("be/backend-kem.pub.pem"), dir.resolve("state"), clock);
        kid = Integer.parseUnsignedInt(sealer.signingKidHex(), 16);
    }

    /** Appends {@code n} sealed reports; returns their envelope seqs in order. */
    private List<Long> spoolReports(Spool spool, int n) {
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] sealed = sealer.seal(MessageType.TELEMETRY, new byte[] {(byte) 0xa0});
            assertThat(spool.append("health", sealed)).isInstanceOf(AppendResult.Appended.class);
            seqs.add(java.nio.ByteBuffer.wrap(sealed).getLong(30));
        }
        return seqs;
    }

    private Receipt receipt(int signer, SeqRange... ranges) {
        return new Receipt(deviceId, signer, List.of(ranges), clock.instant(), clock.instant().plusSeconds(600));
    }

    @Test
    void whatAReceiptCovers_leavesTheSpool_andStaysGoneAfterARestart() throws Exception {
        List<Long> seqs;
        try (Spool spool = Spool.open(dir.resolve("spool"), 1 << 20)) {
            seqs = spoolReports(spool, 5);
            ReceiptLedger ledger = new ReceiptLedger(TIMEOUT, clock::nanos);
            List<Long> covered = ledger.cover(receipt(kid, new SeqRange(seqs.get(0), seqs.get(1)),
                    new SeqRange(seqs.get(3), seqs.get(3))), spool.pending());
            covered.forEach(spool::ack);
            assertThat(covered).hasSize(3);
        }
        // Reopened as after kill -9 or a restart: the ack frames took the covered records out for good.
        try (Spool again = Spool.open(dir.resolve("spool"), 1 << 20)) {
            assertThat(again.pending()).extracting(r -> seqOf(r)).containsExactly(seqs.get(2), seqs.get(4));
        }
    }

    @Test
    void aReceiptForAnotherKid_orSeqsNeverSpooled_coversNothing() throws Exception {
        try (Spool spool = Spool.open(dir.resolve("spool"), 1 << 20)) {
            List<Long> seqs = spoolReports(spool, 3);
            ReceiptLedger ledger = new ReceiptLedger(TIMEOUT, clock::nanos);
            assertThat(ledger.cover(receipt(kid + 1, new SeqRange(seqs.get(0), seqs.get(2))), spool.pending()))
                    .as("the same numbers under another signing key are other reports").isEmpty();
            assertThat(ledger.cover(receipt(kid, new SeqRange(seqs.get(2) + 1, seqs.get(2) + 500)),
                    spool.pending())).as("seqs this device never spooled").isEmpty();
            assertThat(spool.pending()).hasSize(3);
        }
    }

    @Test
    void aPubackedRecord_isHeldBackUntilTheTimeoutOnTheMonotonicClock() {
        ReceiptLedger ledger = new ReceiptLedger(TIMEOUT, clock::nanos);
        assertThat(ledger.holdBack(7)).as("never sent: send it").isFalse();
        ledger.pubacked(7);
        assertThat(ledger.holdBack(7)).isTrue();
        assertThat(ledger.awaiting(7)).isTrue();
        clock.jumpWall(Duration.ofDays(1));
        assertThat(ledger.holdBack(7)).as("the wall clock jumping a day changes nothing").isTrue();
        clock.advance(TIMEOUT.minusSeconds(1));
        assertThat(ledger.holdBack(7)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(ledger.holdBack(7)).as("no receipt within the timeout: send again").isFalse();
        ledger.pubacked(7);
        assertThat(ledger.holdBack(7)).as("the resend's PUBACK starts a new wait").isTrue();
    }

    @Test
    void aReconnect_sendsEverythingAwaitingAgain() {
        ReceiptLedger ledger = new ReceiptLedger(TIMEOUT, clock::nanos);
        ledger.pubacked(1);
        ledger.pubacked(2);
        ledger.reconnected();
        assertThat(ledger.holdBack(1)).isFalse();
        assertThat(ledger.holdBack(2)).isFalse();
        assertThat(ledger.size()).as("still awaiting a receipt, only due").isEqualTo(2);
    }

    @Test
    void coveredAndVanishedRecords_areForgotten() throws Exception {
        try (Spool spool = Spool.open(dir.resolve("spool"), 1 << 20)) {
            List<Long> seqs = spoolReports(spool, 2);
            ReceiptLedger ledger = new ReceiptLedger(TIMEOUT, clock::nanos);
            List<SpoolRecord> pending = spool.pending();
            pending.forEach(r -> ledger.pubacked(r.id()));
            ledger.pubacked(999); // purged from the spool meanwhile
            ledger.cover(receipt(kid, new SeqRange(seqs.get(0), seqs.get(0))), pending).forEach(spool::ack);
            assertThat(ledger.size()).isEqualTo(1);
            assertThat(ledger.awaiting(pending.get(1).id())).isTrue();
        }
    }

    private static long seqOf(SpoolRecord r) {
        return java.nio.ByteBuffer.wrap(r.sealed()).getLong(30);
    }

}
