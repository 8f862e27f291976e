package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.Receipt.SeqRange;
import com.ooma.telo.agent.seal.ReceiptOpener.Outcome;
import com.ooma.telo.agent.seal.ReceiptOpener.Refusal;
import com.ooma.telo.agent.testing.FakeClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the device does with what arrives on its {@code receipt} topic: only a receipt signed by the backend command
 * key, sealed to this device, naming this device, unexpired and not seen before is accepted; everything else is
 * refused with the reason an operator reads in {@code receipts.refused.<reason>}.
 */
class ReceiptOpenerTest {
    private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");
    private static final int KID = 0x9fc2e559;

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(NOW);
    private String deviceId;
    private EnvelopeSealer backend;
    private ReceiptOpener opener;

    @BeforeEach
    void keys() throws Exception {
        KeyFiles.generateDevice(dir.resolve("dev"));
        KeyFiles.generateBackend(dir.resolve("be"));
        deviceId = KeyFiles.readDeviceId(dir.resolve("dev/device.id"));
        backend = sealerFor(deviceId, dir.resolve("be/backend-command.pem"));
        opener = ReceiptOpener.load(deviceId, dir.resolve("dev/device-kem.pem"),
                dir.resolve("be/backend-command.pub.pem"), clock);
    }

    private EnvelopeSealer sealerFor(String headerDevice, Path signingKey) throws Exception {
        return EnvelopeSealer.load(headerDevice, signingKey, dir.resolve("dev/device-kem.pub.pem"),
                dir.resolve("be-state-" + headerDevice + signingKey.getFileName()), clock);
    }

    private Receipt receipt(List<SeqRange> ranges) {
        return new Receipt(deviceId, KID, ranges, NOW, NOW.plus(Duration.ofMinutes(10)));
    }

    private Outcome open(byte[] sealed) {
        return opener.open(sealed, false);
    }

    @Test
    void aSignedReceiptForThisDevice_isAccepted_andCoversExactlyItsRanges() {
        Outcome o = open(backend.seal(MessageType.RECEIPT,
                receipt(List.of(new SeqRange(3, 5), new SeqRange(1030, 1030))).encode()));

        assertThat(o).isInstanceOf(Outcome.Accepted.class);
        Receipt r = ((Outcome.Accepted) o).receipt();
        assertThat(r.covers(KID, 3)).isTrue();
        assertThat(r.covers(KID, 5)).isTrue();
        assertThat(r.covers(KID, 1030)).isTrue();
        assertThat(r.covers(KID, 6)).as("a gap in seq is not covered").isFalse();
        assertThat(r.covers(KID, 1029)).isFalse();
        assertThat(r.covers(KID + 1, 4)).as("another signing key's seq 4 is another report").isFalse();
    }

    @Test
    void signedByAnyOtherKey_isRefused() throws Exception {
        KeyFiles.generateBackend(dir.resolve("forger"));
        EnvelopeSealer forger = sealerFor(deviceId, dir.resolve("forger/backend-command.pem"));
        assertThat(open(forger.seal(MessageType.RECEIPT, receipt(List.of(new SeqRange(1, 9))).encode())))
                .isEqualTo(new Outcome.Refused(Refusal.REJECTED));
    }

    @Test
    void aFlippedSignatureByte_isRefused() {
        byte[] sealed = backend.seal(MessageType.RECEIPT, receipt(List.of(new SeqRange(1, 9))).encode());
        sealed[sealed.length - 1] ^= 1;
        assertThat(open(sealed)).isEqualTo(new Outcome.Refused(Refusal.REJECTED));
    }

    @Test
    void namingAnotherDevice_inTheHeaderOrTheBody_isRefused() throws Exception {
        String other = "0123456789abcdef0123456789abcdef";
        EnvelopeSealer otherHeader = sealerFor(other, dir.resolve("be/backend-command.pem"));
        assertThat(open(otherHeader.seal(MessageType.RECEIPT, receipt(List.of(new SeqRange(1, 2))).encode())))
                .as("keys are bound to this device: another header id finds none")
                .isEqualTo(new Outcome.Refused(Refusal.REJECTED));
        byte[] otherBody = new Receipt(other, KID, List.of(new SeqRange(1, 2)), NOW, NOW.plusSeconds(600)).encode();
        assertThat(open(backend.seal(MessageType.RECEIPT, otherBody)))
                .isEqualTo(new Outcome.Refused(Refusal.WRONG_DEVICE));
    }

    @Test
    void pastItsExpiry_byTheWallClock_isMarkedExpired() {
        Receipt r = receipt(List.of(new SeqRange(1, 2)));
        byte[] sealed = backend.seal(MessageType.RECEIPT, r.encode());
        clock.advance(Duration.ofMinutes(10));
        assertThat(open(sealed)).isEqualTo(new Outcome.Expired(r));
    }

    @Test
    void stampedAheadOfTheDeviceClock_isStillOpened() throws Exception {
        Receipt r = new Receipt(deviceId, KID, List.of(new SeqRange(1, 2)), NOW.plus(Duration.ofHours(3)),
                NOW.plus(Duration.ofHours(4)));
        EnvelopeSealer ahead = EnvelopeSealer.load(deviceId, dir.resolve("be/backend-command.pem"),
                dir.resolve("dev/device-kem.pub.pem"), dir.resolve("be-state-ahead"),
                java.time.Clock.fixed(NOW.plus(Duration.ofHours(3)), java.time.ZoneOffset.UTC));
        byte[] sealed = ahead.seal(MessageType.RECEIPT, r.encode());
        assertThat(open(sealed)).as("the device's clock is behind; the receipt is the backend's signed time")
                .isEqualTo(new Outcome.Accepted(r));
    }

    @Test
    void theSameEnvelopeTwice_isRefusedAsReplayed() {
        byte[] sealed = backend.seal(MessageType.RECEIPT, receipt(List.of(new SeqRange(1, 2))).encode());
        assertThat(open(sealed)).isInstanceOf(Outcome.Accepted.class);
        assertThat(open(sealed)).isEqualTo(new Outcome.Refused(Refusal.REPLAYED));
    }

    @Test
    void aRetainedMessage_orACommandOnTheReceiptTopic_isRefused() {
        byte[] sealed = backend.seal(MessageType.RECEIPT, receipt(List.of(new SeqRange(1, 2))).encode());
        assertThat(opener.open(sealed, true)).isEqualTo(new Outcome.Refused(Refusal.RETAINED));
        assertThat(open(backend.seal(MessageType.COMMAND, receipt(List.of(new SeqRange(1, 2))).encode())))
                .isEqualTo(new Outcome.Refused(Refusal.NOT_A_RECEIPT));
    }

    @Test
    void anEnvelopeOverTheReceiptBound_isRefusedBeforeOpening() {
        assertThat(open(new byte[ReceiptOpener.MAX_SEALED_BYTES + 1])).isEqualTo(new Outcome.Refused(Refusal.OVERSIZE));
        assertThat(open(null)).isEqualTo(new Outcome.Refused(Refusal.OVERSIZE));
    }

    @Test
    void overlappingInvertedOrUnorderedRanges_areRefused() {
        for (List<List<Long>> ranges : List.of(
                List.of(List.of(1L, 5L), List.of(4L, 9L)),      // overlapping
                List.of(List.of(9L, 1L)),                       // inverted
                List.of(List.of(10L, 12L), List.of(1L, 2L)))) { // out of order
            assertThat(open(backend.seal(MessageType.RECEIPT, body(ranges, Map.of()))))
                    .as("ranges %s", ranges).isEqualTo(new Outcome.Refused(Refusal.BAD_RANGES));
        }
    }

    @Test
    void aHugeRange_orTooManyRanges_isRefusedAsOversize() {
        assertThat(open(backend.seal(MessageType.RECEIPT,
                body(List.of(List.of(0L, Long.MAX_VALUE)), Map.of()))))
                .as("one range acknowledging every seq there ever will be")
                .isEqualTo(new Outcome.Refused(Refusal.OVERSIZE));
        List<List<Long>> many = new ArrayList<>();
        for (long s = 0; s < 2L * (Receipt.MAX_RANGES + 1); s += 2) {
            many.add(List.of(s, s));
        }
        assertThat(open(backend.seal(MessageType.RECEIPT, body(many, Map.of()))))
                .isEqualTo(new Outcome.Refused(Refusal.OVERSIZE));
    }

    @Test
    void missingExtraOrMistypedFields_areRefusedAsMalformed() {
        List<List<Long>> one = List.of(List.of(1L, 2L));
        for (Map<String, Object> change : List.<Map<String, Object>>of(
                Map.of("v", 2L), Map.of("extra", 1L), Map.of("kid", "9fc2e559"), Map.of("ranges", List.of()),
                Map.of("expires_at", NOW.toEpochMilli()), // not after issued_at
                Map.of("expires_at", NOW.plus(Duration.ofDays(2)).toEpochMilli()), // beyond the lifetime bound
                Map.of("device_id", deviceId.toUpperCase()))) {
            assertThat(open(backend.seal(MessageType.RECEIPT, body(one, change))))
                    .as("with %s", change).isEqualTo(new Outcome.Refused(Refusal.MALFORMED));
        }
        assertThat(open(backend.seal(MessageType.RECEIPT, new byte[] {(byte) 0xa0})))
                .as("an empty map").isEqualTo(new Outcome.Refused(Refusal.MALFORMED));
    }

    private byte[] body(List<List<Long>> ranges, Map<String, Object> change) {
        Map<String, Object> m = new TreeMap<>(Map.of("v", 1L, "kid", Integer.toUnsignedLong(KID), "ranges", ranges,
                "device_id", deviceId, "issued_at", NOW.toEpochMilli(),
                "expires_at", NOW.plusSeconds(600).toEpochMilli()));
        m.putAll(change);
        return CanonicalCbor.encode(m);
    }
}
