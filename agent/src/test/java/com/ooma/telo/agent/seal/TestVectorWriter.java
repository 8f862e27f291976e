package com.ooma.telo.agent.seal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.agent.command.CommandHandler;
import com.ooma.telo.agent.command.CommandOutcome;
import com.ooma.telo.agent.command.DeviceControl;
import com.ooma.telo.agent.config.ConsentLevel;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerates docs/test-vectors (run with {@code -Dtest=TestVectorWriter -Dtelo.writeVectors=true}); the files are
 * committed, and {@link TestVectorFilesTest} checks them on every build. The keys in them are test keys only.
 */
@EnabledIfSystemProperty(named = "telo.writeVectors", matches = "true")
class TestVectorWriter {
    private static final Path VECTORS = Path.of("..", "docs", "test-vectors");
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path root;

    @Test
    void writeVectors() throws Exception {
        deleteOldVectors();
        KeyDirs keys = KeyDirs.create(root.resolve("a"));
        KeyDirs other = KeyDirs.create(root.resolve("b"));
        Files.createDirectories(VECTORS.resolve("reject"));
        Path backendKem = keys.backend.resolve(KeyFiles.BACKEND_KEM);
        Path devicePub = keys.device.resolve("device-signing.pub.pem");
        EnvelopeSealer telemetry = keys.telemetrySealer(KeyDirs.FIXED);

        // A real schema-4 health report: only the metrics that recorded something (absent means zero).
        byte[] health = new com.ooma.telo.agent.encode.ReportEncoder(3, java.time.ZoneId.of("America/Chicago"))
                .health(new com.ooma.telo.agent.aggregate.WindowSnapshot(com.ooma.telo.agent.aggregate.Channel.HEALTH,
                        new com.ooma.telo.agent.aggregate.ReportWindow(Instant.parse("2026-11-26T11:45:00Z"),
                                Instant.parse("2026-11-26T12:00:00Z")), java.util.List.of(
                        new com.ooma.telo.agent.aggregate.Series(com.ooma.telo.agent.aggregate.Metric.EVENTS_IN,
                                java.util.List.of(), java.util.List.of(12L)))));
        byte[] sealedHealth = telemetry.seal(MessageType.TELEMETRY, health);
        write("telemetry-health.json", "Telemetry (type 1): a schema-4 health report whose window recorded only"
                + " agent.events_in = 12 (every other health metric absent: zero), device -> backend", backendKem,
                devicePub, sealedHealth, health);
        writeCommandVectors(keys, telemetry);
        writeRejectVectors(keys, other, sealedHealth, health);
        writeTrustBundleVectors(keys, other);
        // Last: rotation replaces the device key file the other vectors are signed with.
        Path oldSigningPub = Files.copy(devicePub, root.resolve("old-signing.pub.pem"));
        EnvelopeSealer.KeyRotation rotation = telemetry.rotateSigningKey();
        write("key-rotation.json", "Key rotation announcement (type 1, on state), device -> backend: signed by the"
                + " OLD device key, names the new one", backendKem, oldSigningPub, rotation.sealedAnnouncement(),
                open(backendKem, oldSigningPub, rotation.sealedAnnouncement()));
    }

    private void writeCommandVectors(KeyDirs keys, EnvelopeSealer telemetry) throws Exception {
        Path deviceKem = keys.device.resolve(KeyFiles.DEVICE_KEM);
        Path commandPub = keys.backend.resolve("backend-command.pub.pem");
        byte[] command = CanonicalCbor.encode(Map.of("verb", "set_consent", "args", Map.of("level", "essential"),
                "expires_at", 1_795_780_800_000L, "device_id", keys.deviceId()));
        byte[] sealedCommand = EnvelopeSealer.load(keys.deviceId(), keys.backend.resolve(KeyFiles.BACKEND_COMMAND),
                keys.device.resolve("device-kem.pub.pem"), root.resolve("backend-state"), KeyDirs.FIXED)
                .seal(MessageType.COMMAND, command);
        write("command.json", "Command (type 2), backend -> device: set_consent, sealed to the device KEM key, signed"
                + " with the backend command key", deviceKem, commandPub, sealedCommand, command);
        // The acknowledgement is what the real command handler answers to that command.
        CommandOutcome outcome = CommandHandler.load(keys.deviceId(), deviceKem, commandPub,
                root.resolve("device-state"), telemetry, new IgnoringDevice(), KeyDirs.FIXED)
                .handle(sealedCommand, false);
        byte[] ack = ((CommandOutcome.Acknowledged) outcome).sealedAck();
        Path backendKem = keys.backend.resolve(KeyFiles.BACKEND_KEM);
        Path devicePub = keys.device.resolve("device-signing.pub.pem");
        write("command-ack.json", "Command acknowledgement (type 3), device -> backend: set_consent ok", backendKem,
                devicePub, ack, open(backendKem, devicePub, ack));
        byte[] forged = EnvelopeSealer.load(keys.deviceId(), keys.device.resolve(KeyFiles.DEVICE_SIGNING),
                keys.device.resolve("device-kem.pub.pem"), root.resolve("forger-state"), KeyDirs.FIXED)
                .seal(MessageType.COMMAND, command);
        write("reject/command-signed-by-device.json", "Command signed by the device key instead of the backend"
                + " command key (sender_kid mismatch)", deviceKem, commandPub, forged, command);
    }

    private void writeRejectVectors(KeyDirs keys, KeyDirs other, byte[] sealedHealth, byte[] health)
            throws Exception {
        Path backendKem = keys.backend.resolve(KeyFiles.BACKEND_KEM);
        Path devicePub = keys.device.resolve("device-signing.pub.pem");
        byte[] tampered = sealedHealth.clone();
        tampered[90] ^= 0x01;
        write("reject/tampered-ciphertext.json", "One ciphertext bit flipped: the signature no longer verifies",
                backendKem, devicePub, tampered, health);
        write("reject/truncated.json", "Last signature byte missing: total length does not match ct_len",
                backendKem, devicePub, Arrays.copyOf(sealedHealth, sealedHealth.length - 1), health);
        write("reject/trailing-byte.json", "One byte appended after the signature", backendKem, devicePub,
                Arrays.copyOf(sealedHealth, sealedHealth.length + 1), health);
        write("reject/wrong-recipient-key.json", "Opened with another backend's KEM key (recipient_kid mismatch)",
                other.backend.resolve(KeyFiles.BACKEND_KEM), devicePub, sealedHealth, health);
        write("reject/wrong-sender-key.json", "Verified against another device's signing key (sender_kid mismatch)",
                backendKem, other.device.resolve("device-signing.pub.pem"), sealedHealth, health);
        byte[] downgraded = sealedHealth.clone();
        downgraded[0] = 0x00;
        write("reject/downgraded-version.json", "Version byte 0: never decoded as an older format", backendKem,
                devicePub, downgraded, health);
        byte[] flagged = sealedHealth.clone();
        ByteBuffer.wrap(flagged).putShort(4, (short) 0x0004);
        write("reject/unknown-flag.json", "Flags bit 2 set: undefined in v1", backendKem, devicePub, flagged, health);
        Resigner resigner = new Resigner(keys.device.resolve(KeyFiles.DEVICE_SIGNING));
        byte[] zeroEnc = sealedHealth.clone();
        Arrays.fill(zeroEnc, WireFormat.HEADER_BYTES, WireFormat.HEADER_BYTES + WireFormat.ENC_BYTES, (byte) 0);
        write("reject/zero-enc.json", "All-zero encapsulated key, validly re-signed: X25519 gives an all-zero shared"
                + " secret, which HPKE must refuse", backendKem, devicePub, resigner.resign(zeroEnc), health);
        byte[] smallOrder = zeroEnc.clone();
        smallOrder[WireFormat.HEADER_BYTES] = 1;
        write("reject/small-order-enc.json", "Encapsulated key u = 1, a small-order point, validly re-signed",
                backendKem, devicePub, resigner.resign(smallOrder), health);
        Clock farFuture = Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC);
        write("reject/future-timestamp.json", "Validly signed telemetry stamped in the year 2100: more than 10 minutes"
                + " ahead", backendKem, devicePub, keys.telemetrySealer(farFuture).seal(MessageType.TELEMETRY, health),
                health);
    }

    /** Trust bundles are not envelopes: their own folder, with their own fields (wire-format.md, "Trust bundle"). */
    private void writeTrustBundleVectors(KeyDirs keys, KeyDirs other) throws Exception {
        Path dir = Files.createDirectories(VECTORS.resolve("trust-bundle"));
        Path vendor = root.resolve("vendor");
        KeyFiles.generateVendorRoot(vendor);
        TrustBundle bundle = new TrustBundle(1, raw(keys.backend), raw(other.backend),
                Instant.parse("2027-01-01T00:00:00Z"));
        byte[] rootPrivate = PemKeys.readPrivate(vendor.resolve(KeyFiles.VENDOR_ROOT), KeyAlgorithm.ED25519)
                .rawPrivate();
        byte[] signed = bundle.sign(rootPrivate);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("description", "Trust bundle version 1, signed by a vendor root (test keys: never deploy them)");
        v.put("root_public_key_pem", Files.readString(vendor.resolve("vendor-root.pub.pem")));
        v.put("signed_bundle_hex", HEX.formatHex(signed));
        v.put("bundle_hex", HEX.formatHex(bundle.encode()));
        v.put("version", bundle.version());
        v.put("current_hex", HEX.formatHex(bundle.current()));
        v.put("next_hex", HEX.formatHex(bundle.next()));
        v.put("not_before_ms", bundle.notBefore().toEpochMilli());
        Files.writeString(dir.resolve("bundle-v1.json"),
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(v) + "\n");
    }

    private static byte[] raw(Path backendDir) throws Exception {
        return PemKeys.readPublic(backendDir.resolve("backend-kem.pub.pem"), KeyAlgorithm.X25519).rawPublic();
    }

    private static byte[] open(Path recipientPrivate, Path senderPublic, byte[] sealed) throws Exception {
        return ((OpenResult.Opened) EnvelopeOpener.load(recipientPrivate, senderPublic, KeyDirs.FIXED).open(sealed))
                .plaintext();
    }

    /** The writer only needs the acknowledgement: every verb is a no-op here. */
    private static final class IgnoringDevice implements DeviceControl {
        @Override
        public void setConsent(ConsentLevel level) {
        }

        @Override
        public void setIntervals(Duration health, Duration usage) {
        }

        @Override
        public String rotateDeviceKey() {
            return "00000000";
        }
    }

    private static void deleteOldVectors() throws Exception {
        for (Path dir : new Path[] {VECTORS, VECTORS.resolve("reject"), VECTORS.resolve("trust-bundle")}) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static void write(String name, String description, Path recipientPrivate, Path senderPublic,
                              byte[] sealed, byte[] plaintext) throws Exception {
        Map<String, String> vector = new LinkedHashMap<>();
        vector.put("description", description + " (test keys: never deploy them)");
        vector.put("recipient_private_key_pem", Files.readString(recipientPrivate));
        vector.put("sender_public_key_pem", Files.readString(senderPublic));
        vector.put("sealed_hex", HEX.formatHex(sealed));
        vector.put("plaintext_hex", HEX.formatHex(plaintext));
        Files.writeString(VECTORS.resolve(name),
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(vector) + "\n");
    }
}
