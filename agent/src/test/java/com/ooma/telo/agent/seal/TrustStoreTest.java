package com.ooma.telo.agent.seal;

import com.ooma.telo.agent.testing.FakeClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ooma.telo.agent.seal.OpenResult.Opened;
import com.ooma.telo.agent.seal.OpenResult.Rejected;
import com.ooma.telo.agent.seal.TrustStore.Install;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backend key rotation: a vendor-signed bundle, version only up, switch at not_before, decoder overlap. */
class TrustStoreTest {
    private static final byte[] PAYLOAD = {(byte) 0xa0};

    @TempDir
    Path root;
    private KeyDirs keys;
    private Path vendor;
    private Path oldBackend;
    private Path newBackend;
    private final FakeClock clock = new FakeClock(KeyDirs.FIXED.instant());
    private final Instant switchAt = KeyDirs.FIXED.instant().plus(Duration.ofDays(1));

    @BeforeEach
    void setUp() throws Exception {
        keys = KeyDirs.create(root);
        vendor = root.resolve("vendor");
        KeyFiles.generateVendorRoot(vendor);
        oldBackend = keys.backend;
        newBackend = root.resolve("backend2");
        KeyFiles.generateBackend(newBackend);
    }

    @Test
    void install_acceptsHigherVersionsOnlyAndPersistsAcrossRestart() throws Exception {
        TrustStore store = TrustStore.open(keys.state, vendor.resolve("vendor-root.pub.pem"));
        assertThat(store.install(bundle(2))).isEqualTo(new Install.Installed(2));
        assertThat(store.install(bundle(1))).as("rollback")
                .isEqualTo(new Install.Refused(TrustBundle.Problem.ROLLBACK));
        assertThat(store.install(bundle(2))).as("same version")
                .isEqualTo(new Install.Refused(TrustBundle.Problem.ROLLBACK));

        TrustStore restarted = TrustStore.open(keys.state, vendor.resolve("vendor-root.pub.pem"));
        assertThat(restarted.installed().orElseThrow().version()).isEqualTo(2);
        assertThat(restarted.install(bundle(1))).as("rollback after restart")
                .isEqualTo(new Install.Refused(TrustBundle.Problem.ROLLBACK));
        assertThat(restarted.install(bundle(3))).isEqualTo(new Install.Installed(3));
    }

    @Test
    void install_refusesBundleSignedByAnotherRootOrAltered() throws Exception {
        TrustStore store = TrustStore.open(keys.state, vendor.resolve("vendor-root.pub.pem"));
        Path otherVendor = root.resolve("other-vendor");
        KeyFiles.generateVendorRoot(otherVendor);
        byte[] foreign = KeyFiles.signTrustBundle(otherVendor.resolve(KeyFiles.VENDOR_ROOT), 5,
                newBackend.resolve("backend-kem.pub.pem"), newBackend.resolve("backend-kem.pub.pem"), switchAt);
        assertThat(store.install(foreign)).isEqualTo(new Install.Refused(TrustBundle.Problem.SIGNATURE));
        byte[] altered = bundle(5);
        altered[10] ^= 1;
        assertThat(store.install(altered)).isInstanceOf(Install.Refused.class);
        assertThat(store.install(new byte[] {1, 2, 3})).isEqualTo(new Install.Refused(TrustBundle.Problem.MALFORMED));
        assertThat(store.installed()).isEmpty();
    }

    @Test
    void install_refusesNonCanonicalBundleEvenWhenSigned() throws Exception {
        // version 1 written as 0x18 0x01 instead of 0x01: the same content, another encoding, validly signed.
        byte[] canonical = new TrustBundle(1, raw(oldBackend), raw(newBackend), switchAt).encode();
        String hex = HexFormat.of().formatHex(canonical);
        String versionKey = HexFormat.of().formatHex("version".getBytes(StandardCharsets.US_ASCII));
        assertThat(hex).contains("67" + versionKey + "01");
        byte[] longForm = HexFormat.of().parseHex(hex.replace("67" + versionKey + "01", "67" + versionKey + "1801"));
        assertThat(CanonicalCbor.parse(longForm).orElseThrow().get("version").asInt()).isEqualTo(1);

        TrustStore store = TrustStore.open(keys.state, vendor.resolve("vendor-root.pub.pem"));
        assertThat(store.install(signRaw(longForm))).isEqualTo(new Install.Refused(TrustBundle.Problem.NOT_CANONICAL));
        assertThat(store.install(signRaw(canonical))).as("control: the canonical form with the same signer")
                .isEqualTo(new Install.Installed(1));
    }

    @Test
    void open_refusesAStoredBundleThatNoLongerVerifies() throws Exception {
        TrustStore.open(keys.state, vendor.resolve("vendor-root.pub.pem")).install(bundle(1));
        Path file = keys.state.resolve(TrustStore.FILE);
        byte[] stored = Files.readAllBytes(file);
        stored[stored.length - 1] ^= 1;
        Files.write(file, stored);
        assertThatThrownBy(() -> TrustStore.open(keys.state, vendor.resolve("vendor-root.pub.pem")))
                .isInstanceOf(IOException.class).hasMessageContaining("trust-bundle.cbor");
    }

    @Test
    void sealer_switchesRecipientAtNotBeforeAndDecoderAcceptsOldKeyOnlyDuringOverlap() throws Exception {
        TrustStore store = TrustStore.open(keys.state, vendor.resolve("vendor-root.pub.pem"));
        store.install(bundle(1));
        EnvelopeSealer sealer = keys.telemetrySealer(clock);
        sealer.followTrustStore(store);
        KeyRing backendKeys = new KeyRing();
        int oldKid = backendKeys.addRecipient(KeyRing.ANY_DEVICE, oldBackend.resolve(KeyFiles.BACKEND_KEM));
        int newKid = backendKeys.addRecipient(KeyRing.ANY_DEVICE, newBackend.resolve(KeyFiles.BACKEND_KEM));
        backendKeys.addSender(keys.deviceId(), keys.device.resolve("device-signing.pub.pem"));
        Duration overlap = Duration.ofDays(3);
        backendKeys.followTrustBundle(store.installed().orElseThrow(), overlap);
        EnvelopeOpener backend = EnvelopeOpener.create(backendKeys, clock);

        byte[] before = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        assertThat(recipientKid(before)).isEqualTo(oldKid);
        clock.advance(Duration.ofDays(1));
        byte[] after = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        assertThat(recipientKid(after)).isEqualTo(newKid);

        clock.advance(overlap);
        assertThat(backend.open(before)).as("old key, end of overlap").isInstanceOf(Opened.class);
        assertThat(backend.open(after)).isInstanceOf(Opened.class);
        clock.advance(Duration.ofMillis(1));
        byte[] heldBack = keys.telemetrySealer(clock).seal(MessageType.TELEMETRY, PAYLOAD);
        assertThat(backend.open(heldBack)).as("sealed to the old key after the overlap")
                .isEqualTo(new Rejected(RejectReason.UNKNOWN_KEY));
    }

    private byte[] bundle(long version) throws Exception {
        return KeyFiles.signTrustBundle(vendor.resolve(KeyFiles.VENDOR_ROOT), version,
                oldBackend.resolve("backend-kem.pub.pem"), newBackend.resolve("backend-kem.pub.pem"), switchAt);
    }

    private byte[] signRaw(byte[] inner) throws Exception {
        byte[] rootPrivate = PemKeys.readPrivate(vendor.resolve(KeyFiles.VENDOR_ROOT), KeyAlgorithm.ED25519)
                .rawPrivate();
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(rootPrivate, 0));
        byte[] ctx = "telo-trust-bundle-v1".getBytes(StandardCharsets.US_ASCII);
        signer.update(ctx, 0, ctx.length);
        signer.update(inner, 0, inner.length);
        return CanonicalCbor.encode(List.of(inner, signer.generateSignature()));
    }

    private static byte[] raw(Path backendDir) throws Exception {
        return PemKeys.readPublic(backendDir.resolve("backend-kem.pub.pem"), KeyAlgorithm.X25519).rawPublic();
    }

    private static int recipientKid(byte[] sealed) {
        return ByteBuffer.wrap(sealed).getInt(WireFormat.OFF_RECIPIENT_KID);
    }
}
