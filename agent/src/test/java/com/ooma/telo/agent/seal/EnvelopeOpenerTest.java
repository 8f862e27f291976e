package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.OpenResult.Opened;
import com.ooma.telo.agent.seal.OpenResult.Rejected;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything the backend must refuse, and the reason an operator would see for it. */
class EnvelopeOpenerTest {
    /** CBOR {"k": "health", "v": 1}. */
    private static final byte[] PAYLOAD =
            {(byte) 0xa2, 0x61, 0x6b, 0x66, 'h', 'e', 'a', 'l', 't', 'h', 0x61, 0x76, 0x01};

    @TempDir
    Path root;
    private KeyDirs keys;
    private EnvelopeSealer sealer;
    private EnvelopeOpener opener;

    @BeforeEach
    void setUp() throws Exception {
        keys = KeyDirs.create(root.resolve("a"));
        sealer = keys.telemetrySealer(KeyDirs.FIXED);
        opener = keys.backendOpener(KeyDirs.FIXED);
    }

    @Test
    void open_rejectsEveryFlippedByte() {
        byte[] sealed = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThat(opener.open(tampered)).as("bit flipped in byte %d", i).isInstanceOf(Rejected.class);
        }
        assertThat(opener.open(sealed)).as("the untouched message still opens").isInstanceOf(Opened.class);
    }

    @Test
    void open_rejectsFlippedSignatureByte() {
        byte[] sealed = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        sealed[sealed.length - 1] ^= (byte) 0x80;
        assertThat(opener.open(sealed)).isEqualTo(new Rejected(RejectReason.SIGNATURE));
    }

    @Test
    void open_rejectsEveryTruncation() {
        byte[] sealed = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        for (int len = 0; len < sealed.length; len++) {
            assertThat(opener.open(Arrays.copyOf(sealed, len))).as("truncated to %d", len)
                    .isEqualTo(new Rejected(RejectReason.LENGTH));
        }
    }

    @Test
    void open_rejectsTrailingBytes() {
        byte[] sealed = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        assertThat(opener.open(Arrays.copyOf(sealed, sealed.length + 1))).isEqualTo(new Rejected(RejectReason.LENGTH));
    }

    @Test
    void open_rejectsOversizeCtLenBeforeAllocating() {
        byte[] sealed = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        ByteBuffer.wrap(sealed).putInt(WireFormat.OFF_CT_LEN, WireFormat.MAX_CT_BYTES + 1);
        assertThat(opener.open(sealed)).isEqualTo(new Rejected(RejectReason.LENGTH));
        ByteBuffer.wrap(sealed).putInt(WireFormat.OFF_CT_LEN, 0xFFFFFFFF);
        assertThat(opener.open(sealed)).isEqualTo(new Rejected(RejectReason.LENGTH));
    }

    @Test
    void open_rejectsReplayedMessage() {
        byte[] sealed = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        assertThat(opener.open(sealed)).isInstanceOf(Opened.class);
        assertThat(opener.open(sealed)).isEqualTo(new Rejected(RejectReason.REPLAY));
    }

    @Test
    void open_acceptsOutOfOrderMessagesOnceEach() {
        byte[] first = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        byte[] second = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        byte[] third = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        assertThat(opener.open(third)).isInstanceOf(Opened.class);
        assertThat(opener.open(first)).isInstanceOf(Opened.class);
        assertThat(opener.open(second)).isInstanceOf(Opened.class);
        assertThat(opener.open(first)).isEqualTo(new Rejected(RejectReason.REPLAY));
    }

    @Test
    void open_rejectsMessageForAnotherBackendKey() throws Exception {
        KeyDirs other = KeyDirs.create(root.resolve("b"));
        EnvelopeOpener wrongBackend = EnvelopeOpener.load(other.backend.resolve(KeyFiles.BACKEND_KEM),
                keys.device.resolve("device-signing.pub.pem"), KeyDirs.FIXED);
        assertThat(wrongBackend.open(sealer.seal(MessageType.TELEMETRY, PAYLOAD)))
                .isEqualTo(new Rejected(RejectReason.UNKNOWN_KEY));
    }

    @Test
    void open_rejectsMessageSignedByAnotherDeviceKey() throws Exception {
        KeyDirs other = KeyDirs.create(root.resolve("b"));
        EnvelopeOpener wrongDevice = EnvelopeOpener.load(keys.backend.resolve(KeyFiles.BACKEND_KEM),
                other.device.resolve("device-signing.pub.pem"), KeyDirs.FIXED);
        assertThat(wrongDevice.open(sealer.seal(MessageType.TELEMETRY, PAYLOAD)))
                .isEqualTo(new Rejected(RejectReason.UNKNOWN_KEY));
    }

    @Test
    void open_rejectsCiphertextForAnotherKeyEvenUnderMatchingKidAndValidSignature() throws Exception {
        KeyDirs other = KeyDirs.create(root.resolve("b"));
        EnvelopeSealer toOtherBackend = EnvelopeSealer.load(keys.deviceId(),
                keys.device.resolve(KeyFiles.DEVICE_SIGNING),
                other.backend.resolve("backend-kem.pub.pem"), root.resolve("state-b"), KeyDirs.FIXED);
        byte[] sealed = toOtherBackend.seal(MessageType.TELEMETRY, PAYLOAD);
        byte[] ours = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        System.arraycopy(ours, WireFormat.OFF_RECIPIENT_KID, sealed, WireFormat.OFF_RECIPIENT_KID, 4);
        byte[] forged = new Resigner(keys.device.resolve(KeyFiles.DEVICE_SIGNING)).resign(sealed);
        assertThat(opener.open(forged)).isEqualTo(new Rejected(RejectReason.DECRYPT));
    }

    @Test
    void open_rejectsHeaderChangedAndResignedBecauseHeaderIsTheAad() throws Exception {
        byte[] sealed = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        sealed[WireFormat.OFF_SEQ + 7] ^= 0x40;
        byte[] forged = new Resigner(keys.device.resolve(KeyFiles.DEVICE_SIGNING)).resign(sealed);
        assertThat(opener.open(forged)).isEqualTo(new Rejected(RejectReason.DECRYPT));
    }

    @Test
    void open_rejectsUnknownFlagBits() {
        for (int bit = 2; bit < 16; bit++) {
            byte[] sealed = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
            ByteBuffer.wrap(sealed).putShort(WireFormat.OFF_FLAGS, (short) (1 << bit));
            assertThat(opener.open(sealed)).as("flag bit %d", bit).isEqualTo(new Rejected(RejectReason.HEADER));
        }
    }

    @Test
    void open_rejectsVersion2WithoutTryingOtherFormats() {
        byte[] sealed = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        sealed[WireFormat.OFF_VERSION] = 2;
        assertThat(opener.open(sealed)).isEqualTo(new Rejected(RejectReason.VERSION));
        sealed[WireFormat.OFF_VERSION] = 0;
        assertThat(opener.open(sealed)).isEqualTo(new Rejected(RejectReason.VERSION));
    }

    @Test
    void open_rejectsSuite2() {
        byte[] sealed = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        ByteBuffer.wrap(sealed).putShort(WireFormat.OFF_SUITE, (short) 2);
        assertThat(opener.open(sealed)).isEqualTo(new Rejected(RejectReason.HEADER));
    }

    @Test
    void open_rejectsUnknownType() {
        byte[] sealed = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        sealed[WireFormat.OFF_TYPE] = 5;
        assertThat(opener.open(sealed)).isEqualTo(new Rejected(RejectReason.HEADER));
    }

    @Test
    void open_rejectsTelemetryStampedMoreThanTenMinutesAhead() throws Exception {
        Clock ahead = Clock.offset(KeyDirs.FIXED, Duration.ofMinutes(10).plusMillis(1));
        byte[] sealed = keys.telemetrySealer(ahead).seal(MessageType.TELEMETRY, PAYLOAD);
        assertThat(opener.open(sealed)).isEqualTo(new Rejected(RejectReason.FRESHNESS));
    }

    @Test
    void open_acceptsTelemetryStampedTenMinutesAheadOrDaysOld() throws Exception {
        Clock ahead = Clock.offset(KeyDirs.FIXED, Duration.ofMinutes(10));
        assertThat(opener.open(keys.telemetrySealer(ahead).seal(MessageType.TELEMETRY, PAYLOAD)))
                .isInstanceOf(Opened.class);
        Clock old = Clock.offset(KeyDirs.FIXED, Duration.ofDays(-3));
        assertThat(opener.open(keys.telemetrySealer(old).seal(MessageType.TELEMETRY, PAYLOAD)))
                .isInstanceOf(Opened.class);
    }

    @Test
    void open_rejectsSmallOrderEncapsulatedKeyWithoutThrowing() throws Exception {
        byte[] sealed = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        Arrays.fill(sealed, WireFormat.HEADER_BYTES, WireFormat.HEADER_BYTES + WireFormat.ENC_BYTES, (byte) 0);
        byte[] forged = new Resigner(keys.device.resolve(KeyFiles.DEVICE_SIGNING)).resign(sealed);
        assertThat(opener.open(forged)).isEqualTo(new Rejected(RejectReason.DECRYPT));
    }

    @Test
    void open_neverThrowsOnGarbage() {
        java.util.Random random = new java.util.Random(42);
        byte[] sealed = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        for (int i = 0; i < 500; i++) {
            byte[] junk = sealed.clone();
            // Keep a plausible header so the garbage reaches signature and HPKE, not just the length check.
            for (int j = WireFormat.HEADER_BYTES; j < junk.length; j++) {
                junk[j] = (byte) random.nextInt();
            }
            assertThat(opener.open(junk)).isInstanceOf(Rejected.class);
        }
        assertThat(opener.open(null)).isEqualTo(new Rejected(RejectReason.LENGTH));
    }
}
