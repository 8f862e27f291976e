package com.ooma.telo.agent.seal;

import com.ooma.telo.agent.testing.FakeClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ooma.telo.agent.seal.OpenResult.Opened;
import com.ooma.telo.agent.seal.OpenResult.Rejected;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Device key rotation: announced under the old key, both keys accepted during the overlap, then only the new. */
class SigningKeyRotationTest {
    private static final byte[] PAYLOAD = {(byte) 0xa0};
    private static final Duration OVERLAP = Duration.ofDays(2);

    @TempDir
    Path root;
    private KeyDirs keys;
    private final FakeClock clock = new FakeClock(KeyDirs.FIXED.instant());
    private final KeyRing backendKeys = new KeyRing();
    private EnvelopeOpener backend;

    @BeforeEach
    void setUp() throws Exception {
        keys = KeyDirs.create(root);
        backendKeys.addRecipient(KeyRing.ANY_DEVICE, keys.backend.resolve(KeyFiles.BACKEND_KEM));
        backendKeys.addSender(keys.deviceId(), keys.device.resolve("device-signing.pub.pem"));
        backend = EnvelopeOpener.create(backendKeys, clock);
    }

    @Test
    void rotation_newKeyAcceptedAndOldKeyOnlyDuringOverlap() throws Exception {
        EnvelopeSealer sealer = keys.telemetrySealer(clock);
        Path oldKeyCopy = copyOwnerOnly(keys.device.resolve(KeyFiles.DEVICE_SIGNING), root.resolve("old.pem"));
        EnvelopeSealer.KeyRotation rotation = sealer.rotateSigningKey();

        Opened announcement = (Opened) backend.open(rotation.sealedAnnouncement());
        assertThat(backendKeys.acceptRotation(announcement, OVERLAP, clock.instant()))
                .isEqualTo(KeyRing.Rotation.ROTATED);
        EnvelopeSealer stale = EnvelopeSealer.load(keys.deviceId(), oldKeyCopy, keys.backend.resolve(
                "backend-kem.pub.pem"), keys.state, clock);

        assertThat(backend.open(sealer.seal(MessageType.TELEMETRY, PAYLOAD))).as("new key").isInstanceOf(Opened.class);
        clock.advance(OVERLAP);
        assertThat(backend.open(stale.seal(MessageType.TELEMETRY, PAYLOAD))).as("old key, last moment of overlap")
                .isInstanceOf(Opened.class);
        clock.advance(Duration.ofMillis(1));
        assertThat(backend.open(stale.seal(MessageType.TELEMETRY, PAYLOAD))).as("old key after overlap")
                .isEqualTo(new Rejected(RejectReason.UNKNOWN_KEY));
        assertThat(backend.open(sealer.seal(MessageType.TELEMETRY, PAYLOAD))).isInstanceOf(Opened.class);
    }

    @Test
    void rotation_replacesKeyFileOwnerOnlyAndStartsAFreshCounter() throws Exception {
        EnvelopeSealer sealer = keys.telemetrySealer(clock);
        String oldKid = sealer.signingKidHex();
        EnvelopeSealer.KeyRotation rotation = sealer.rotateSigningKey();

        Path keyFile = keys.device.resolve(KeyFiles.DEVICE_SIGNING);
        assertThat(rotation.newKidHex()).isNotEqualTo(oldKid).isEqualTo(sealer.signingKidHex())
                .isEqualTo(KeyFiles.describe(keyFile).kidHex())
                .isEqualTo(KeyFiles.describe(keys.device.resolve("device-signing.pub.pem")).kidHex());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(Files.readAllBytes(rotation.announcementFile())).isEqualTo(rotation.sealedAnnouncement());
        byte[] first = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        assertThat(ByteBuffer.wrap(first).getLong(WireFormat.OFF_SEQ)).as("one counter per sender key").isEqualTo(1);
        // A restart loads the new key from the file and continues its counter.
        EnvelopeSealer restarted = keys.telemetrySealer(clock);
        assertThat(restarted.signingKidHex()).isEqualTo(rotation.newKidHex());
        assertThat(ByteBuffer.wrap(restarted.seal(MessageType.TELEMETRY, PAYLOAD)).getLong(WireFormat.OFF_SEQ))
                .isGreaterThan(1);
    }

    @Test
    void announcement_opensWithTheJdkOnlyDecoderUnderTheOldKey() throws Exception {
        String oldPub = Files.readString(keys.device.resolve("device-signing.pub.pem"));
        EnvelopeSealer.KeyRotation rotation = keys.telemetrySealer(clock).rotateSigningKey();
        JdkEnvelopeDecoder jdk = new JdkEnvelopeDecoder(
                Files.readString(keys.backend.resolve(KeyFiles.BACKEND_KEM)), oldPub);
        byte[] plaintext = jdk.open(rotation.sealedAnnouncement());
        KeyRotationNotice notice = KeyRotationNotice.parse(keys.deviceId(), plaintext).orElseThrow();
        assertThat(KeyId.hex(notice.newKid())).isEqualTo(rotation.newKidHex());
        assertThat(notice.possessionProven()).isTrue();
    }

    @Test
    void announcementWithoutProofOfPossession_isRefused() throws Exception {
        EnvelopeSealer sealer = keys.telemetrySealer(clock);
        byte[] oldPub = PemKeys.readPublic(keys.device.resolve("device-signing.pub.pem"), KeyAlgorithm.ED25519)
                .rawPublic();
        // Claims another device's key as its successor: it cannot sign the proof with it.
        KeyDirs other = KeyDirs.create(root.resolve("other"));
        byte[] theirs = PemKeys.readPublic(other.device.resolve("device-signing.pub.pem"), KeyAlgorithm.ED25519)
                .rawPublic();
        byte[] claim = new KeyRotationNotice(keys.deviceId(), oldPub, theirs, new byte[64]).encode();
        Opened opened = (Opened) backend.open(sealer.seal(MessageType.TELEMETRY, claim));
        assertThat(backendKeys.acceptRotation(opened, OVERLAP, clock.instant())).isEqualTo(KeyRing.Rotation.REFUSED);
    }

    @Test
    void ordinaryReport_isNotANotice() throws Exception {
        Opened opened = (Opened) backend.open(keys.telemetrySealer(clock).seal(MessageType.TELEMETRY, PAYLOAD));
        assertThat(backendKeys.acceptRotation(opened, OVERLAP, clock.instant()))
                .isEqualTo(KeyRing.Rotation.NOT_A_NOTICE);
    }

    @Test
    void pendingAnnouncement_offersOnlyTheCurrentKeysAnnouncementAndDropsStaleOnes() throws Exception {
        EnvelopeSealer sealer = keys.telemetrySealer(clock);
        assertThat(sealer.pendingAnnouncement()).isEmpty();
        Path stale = Files.write(keys.state.resolve("key-announcement-0badc0de.bin"), new byte[] {1});
        EnvelopeSealer.KeyRotation rotation = sealer.rotateSigningKey();

        EnvelopeSealer restarted = keys.telemetrySealer(clock);
        assertThat(restarted.pendingAnnouncement()).contains(rotation.announcementFile());
        assertThat(stale).as("a key the device does not hold is never announced").doesNotExist();
    }

    @Test
    void unreadableSeqState_retiresTheKey_announcingAFreshOneUnderItsLastSeq() throws Exception {
        EnvelopeSealer sealer = keys.telemetrySealer(clock);
        String oldKid = sealer.signingKidHex();
        assertThat(backend.open(sealer.seal(MessageType.TELEMETRY, PAYLOAD))).isInstanceOf(Opened.class);
        Path seqFile = keys.state.resolve("seq-" + oldKid + ".state");
        Files.writeString(seqFile, "telo-seq v1 \u0000\u0000\n"); // flash damage

        EnvelopeSealer recovered = keys.telemetrySealer(clock);

        assertThat(recovered.recoveredSeqState()).isTrue();
        assertThat(recovered.signingKidHex()).isNotEqualTo(oldKid);
        assertThat(seqFile).doesNotExist();
        assertThat(seqFile.resolveSibling(seqFile.getFileName() + ".unreadable")).exists();
        byte[] announcement = Files.readAllBytes(recovered.pendingAnnouncement().orElseThrow());
        assertThat(ByteBuffer.wrap(announcement).getLong(WireFormat.OFF_SEQ)).isEqualTo(Long.MAX_VALUE);
        Opened opened = (Opened) backend.open(announcement);
        assertThat(backendKeys.acceptRotation(opened, OVERLAP, clock.instant())).isEqualTo(KeyRing.Rotation.ROTATED);
        byte[] next = recovered.seal(MessageType.TELEMETRY, PAYLOAD);
        assertThat(ByteBuffer.wrap(next).getLong(WireFormat.OFF_SEQ)).isEqualTo(1);
        assertThat(backend.open(next)).isInstanceOf(Opened.class);
        assertThat(keys.telemetrySealer(clock).recoveredSeqState()).as("a restart after that is ordinary").isFalse();
    }

    @Test
    void failedRotation_keepsTheOldKeyAndLeavesNoAnnouncement() throws Exception {
        EnvelopeSealer sealer = keys.telemetrySealer(clock);
        String oldKid = sealer.signingKidHex();
        // The key file cannot be replaced: a directory squats on the temp name the rotation writes first.
        Files.createDirectories(keys.device.resolve(KeyFiles.DEVICE_SIGNING + ".new").resolve("x"));

        assertThatThrownBy(sealer::rotateSigningKey).isInstanceOf(IOException.class);
        assertThat(sealer.signingKidHex()).isEqualTo(oldKid);
        assertThat(KeyFiles.describe(keys.device.resolve(KeyFiles.DEVICE_SIGNING)).kidHex()).isEqualTo(oldKid);
        assertThat(sealer.pendingAnnouncement()).isEmpty();
        try (var files = Files.list(keys.state)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("key-announcement"));
        }
        assertThat(backend.open(sealer.seal(MessageType.TELEMETRY, PAYLOAD))).isInstanceOf(Opened.class);
    }

    private static Path copyOwnerOnly(Path from, Path to) throws Exception {
        Files.createFile(to, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.write(to, Files.readAllBytes(from));
    }
}
