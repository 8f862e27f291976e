package com.ooma.telo.agent.seal;

import com.ooma.telo.agent.testing.FakeClock;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.OpenResult.Opened;
import com.ooma.telo.agent.seal.OpenResult.Rejected;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key lookup by (device id, kid) and retirement after an overlap, as a backend with a fleet of devices sees it. */
class KeyRingTest {
    private static final byte[] PAYLOAD = {(byte) 0xa0};

    @TempDir
    Path root;
    private KeyDirs a;
    private KeyDirs b;
    private final FakeClock clock = new FakeClock(KeyDirs.FIXED.instant());
    private final KeyRing ring = new KeyRing();
    private EnvelopeOpener opener;

    @BeforeEach
    void setUp() throws Exception {
        a = KeyDirs.create(root.resolve("a"));
        b = KeyDirs.create(root.resolve("b"));
        ring.addRecipient(KeyRing.ANY_DEVICE, a.backend.resolve(KeyFiles.BACKEND_KEM));
        opener = EnvelopeOpener.create(ring, clock);
    }

    @Test
    void open_findsSenderKeyByDeviceIdAndKid() throws Exception {
        ring.addSender(a.deviceId(), a.device.resolve("device-signing.pub.pem"));
        assertThat(opener.open(a.telemetrySealer(KeyDirs.FIXED).seal(MessageType.TELEMETRY, PAYLOAD)))
                .isInstanceOf(Opened.class);
    }

    @Test
    void open_refusesDeviceKeyRegisteredForAnotherDevice() throws Exception {
        // Device b's genuine key, registered under a's id only: b's own messages name b, so they find no key.
        ring.addSender(a.deviceId(), b.device.resolve("device-signing.pub.pem"));
        byte[] fromB = EnvelopeSealer.load(b.deviceId(), b.device.resolve(KeyFiles.DEVICE_SIGNING),
                a.backend.resolve("backend-kem.pub.pem"), root.resolve("sb"), KeyDirs.FIXED)
                .seal(MessageType.TELEMETRY, PAYLOAD);
        assertThat(opener.open(fromB)).isEqualTo(new Rejected(RejectReason.UNKNOWN_KEY));
    }

    @Test
    void open_refusesMessageRelabelledWithAnotherDevicesIdEvenWithAValidSignature() throws Exception {
        ring.addSender(a.deviceId(), a.device.resolve("device-signing.pub.pem"));
        ring.addSender(b.deviceId(), b.device.resolve("device-signing.pub.pem"));
        // b signs a message claiming to be a: b's kid is not registered for a.
        byte[] forged = EnvelopeSealer.load(a.deviceId(), b.device.resolve(KeyFiles.DEVICE_SIGNING),
                a.backend.resolve("backend-kem.pub.pem"), root.resolve("sb"), KeyDirs.FIXED)
                .seal(MessageType.TELEMETRY, PAYLOAD);
        assertThat(opener.open(forged)).isEqualTo(new Rejected(RejectReason.UNKNOWN_KEY));
    }

    @Test
    void retiredSenderKey_acceptedUntilOverlapEndsThenRefused() throws Exception {
        int kid = ring.addSender(a.deviceId(), a.device.resolve("device-signing.pub.pem"));
        ring.retireSender(a.deviceId(), kid, clock.instant().plus(Duration.ofHours(1)));
        EnvelopeSealer sealer = a.telemetrySealer(KeyDirs.FIXED);

        clock.advance(Duration.ofHours(1));
        assertThat(opener.open(sealer.seal(MessageType.TELEMETRY, PAYLOAD))).isInstanceOf(Opened.class);
        clock.advance(Duration.ofMillis(1));
        assertThat(opener.open(sealer.seal(MessageType.TELEMETRY, PAYLOAD)))
                .isEqualTo(new Rejected(RejectReason.UNKNOWN_KEY));
    }

    @Test
    void retiredRecipientKey_acceptedDuringOverlapAlongsideNewKeyThenRefused() throws Exception {
        ring.addSender(a.deviceId(), a.device.resolve("device-signing.pub.pem"));
        int oldKid = ring.addRecipient(KeyRing.ANY_DEVICE, a.backend.resolve(KeyFiles.BACKEND_KEM));
        ring.addRecipient(KeyRing.ANY_DEVICE, b.backend.resolve(KeyFiles.BACKEND_KEM));
        ring.retireRecipient(KeyRing.ANY_DEVICE, oldKid, clock.instant().plus(Duration.ofDays(7)));
        EnvelopeSealer toOld = a.telemetrySealer(KeyDirs.FIXED);
        EnvelopeSealer toNew = EnvelopeSealer.load(a.deviceId(), a.device.resolve(KeyFiles.DEVICE_SIGNING),
                b.backend.resolve("backend-kem.pub.pem"), a.state, KeyDirs.FIXED);

        assertThat(opener.open(toOld.seal(MessageType.TELEMETRY, PAYLOAD))).isInstanceOf(Opened.class);
        assertThat(opener.open(toNew.seal(MessageType.TELEMETRY, PAYLOAD))).isInstanceOf(Opened.class);
        clock.advance(Duration.ofDays(8));
        assertThat(opener.open(toOld.seal(MessageType.TELEMETRY, PAYLOAD)))
                .isEqualTo(new Rejected(RejectReason.UNKNOWN_KEY));
        assertThat(opener.open(toNew.seal(MessageType.TELEMETRY, PAYLOAD))).isInstanceOf(Opened.class);
    }
}
