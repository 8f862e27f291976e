package com.ooma.telo.agent.seal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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

        byte[] health = cbor("kind", "health", "schema", 1, "uptime_s", 86_400);
        byte[] sealedHealth = telemetry.seal(MessageType.TELEMETRY, health);
        write("telemetry-health.json", "Telemetry (type 1): a small health report, device -> backend", backendKem,
                devicePub, sealedHealth, health);
        byte[] ack = cbor("kind", "ack", "result", "ok", "cmd_seq", 7);
        write("command-ack.json", "Command acknowledgement (type 3), device -> backend", backendKem, devicePub,
                telemetry.seal(MessageType.COMMAND_ACK, ack), ack);
        byte[] command = cbor("kind", "consent", "level", "essential", "expires_at", 1_795_000_000_000L);
        EnvelopeSealer backendToDevice = EnvelopeSealer.load(keys.deviceId(),
                keys.backend.resolve(KeyFiles.BACKEND_COMMAND), keys.device.resolve("device-kem.pub.pem"),
                root.resolve("backend-state"), KeyDirs.FIXED);
        write("command.json", "Command (type 2), backend -> device: sealed to the device KEM key, signed with the"
                + " backend command key", keys.device.resolve(KeyFiles.DEVICE_KEM),
                keys.backend.resolve("backend-command.pub.pem"), backendToDevice.seal(MessageType.COMMAND, command),
                command);

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
        Clock farFuture = Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC);
        write("reject/future-timestamp.json", "Validly signed telemetry stamped in the year 2100: more than 10 minutes"
                + " ahead", backendKem, devicePub, keys.telemetrySealer(farFuture).seal(MessageType.TELEMETRY, health),
                health);
    }

    private static void deleteOldVectors() throws Exception {
        for (Path dir : new Path[] {VECTORS, VECTORS.resolve("reject")}) {
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    /**
     * Deterministic CBOR (RFC 8949 §4.2.1) for a small map of short text keys to text or unsigned values: definite
     * lengths, shortest integer forms, keys given in encoded-bytewise (here: length-then-alphabetical) order.
     */
    private static byte[] cbor(Object... keysAndValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        head(out, 5, keysAndValues.length / 2);
        for (Object item : keysAndValues) {
            if (item instanceof String text) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                head(out, 3, utf8.length);
                out.writeBytes(utf8);
            } else {
                head(out, 0, ((Number) item).longValue());
            }
        }
        return out.toByteArray();
    }

    private static void head(ByteArrayOutputStream out, int majorType, long value) {
        int major = majorType << 5;
        if (value < 24) {
            out.write(major | (int) value);
        } else if (value < 0x100) {
            out.write(major | 24);
            out.write((int) value);
        } else if (value < 0x10000) {
            out.write(major | 25);
            out.writeBytes(ByteBuffer.allocate(2).putShort((short) value).array());
        } else if (value < 0x100000000L) {
            out.write(major | 26);
            out.writeBytes(ByteBuffer.allocate(4).putInt((int) value).array());
        } else {
            out.write(major | 27);
            out.writeBytes(ByteBuffer.allocate(8).putLong(value).array());
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
