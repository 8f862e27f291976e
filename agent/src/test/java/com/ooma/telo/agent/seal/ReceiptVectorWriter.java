package com.ooma.telo.agent.seal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.agent.seal.Receipt.SeqRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the delivery-receipt vectors (type 4) into docs/test-vectors without touching the others (run with
 * {@code -Dtest=ReceiptVectorWriter -Dtelo.writeVectors=true}): {@code receipt.json}, which every envelope decoder
 * must open, and {@code receipt-reject/<refusal>.json}, envelopes that open but whose receipt a device refuses for
 * the reason in the file name. {@link TestVectorFilesTest} and {@link ReceiptVectorTest} check them every build.
 */
@EnabledIfSystemProperty(named = "telo.writeVectors", matches = "true")
class ReceiptVectorWriter {
    private static final Path VECTORS = Path.of("..", "docs", "test-vectors");
    /** The instant the vectors are sealed at; {@link ReceiptVectorTest} judges expiry 5 minutes later. */
    static final Instant ISSUED = KeyDirs.FIXED.instant();
    static final int DEVICE_KID = 0x9fc2e559;

    @TempDir
    Path root;

    @Test
    void writeReceiptVectors() throws Exception {
        KeyDirs keys = KeyDirs.create(root.resolve("a"));
        Path deviceKem = keys.device.resolve(KeyFiles.DEVICE_KEM);
        Path commandPub = keys.backend.resolve("backend-command.pub.pem");
        EnvelopeSealer backend = EnvelopeSealer.load(keys.deviceId(), keys.backend.resolve(KeyFiles.BACKEND_COMMAND),
                keys.device.resolve("device-kem.pub.pem"), root.resolve("backend-state"), KeyDirs.FIXED);
        Instant expires = ISSUED.plus(Duration.ofMinutes(10));
        byte[] good = new Receipt(keys.deviceId(), DEVICE_KID,
                List.of(new SeqRange(1, 3), new SeqRange(5, 5), new SeqRange(1025, 1030)), ISSUED, expires).encode();
        write("receipt.json", "Delivery receipt (type 4), collector -> device: seqs 1-3, 5 and 1025-1030 of device"
                + " signing key 9fc2e559 are stored (4 and 6-1024 are gaps: never covered); sealed to the device KEM"
                + " key, signed with the backend command key", deviceKem, commandPub, backend.seal(MessageType.RECEIPT,
                good), good);

        Path rejects = Files.createDirectories(VECTORS.resolve("receipt-reject"));
        try (var old = Files.list(rejects)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Map<String, Object> base = new TreeMap<>(Map.of("v", 1L, "kid", Integer.toUnsignedLong(DEVICE_KID),
                "ranges", List.of(List.of(1L, 3L)), "device_id", keys.deviceId(),
                "issued_at", ISSUED.toEpochMilli(), "expires_at", expires.toEpochMilli()));
        reject(backend, deviceKem, commandPub, "expired", "Valid for one minute only: refused 5 minutes later",
                with(base, "expires_at", ISSUED.plus(Duration.ofMinutes(1)).toEpochMilli()));
        reject(backend, deviceKem, commandPub, "wrong_device", "Envelope for this device, body naming another",
                with(base, "device_id", "0123456789abcdef0123456789abcdef"));
        reject(backend, deviceKem, commandPub, "bad_ranges", "Overlapping ranges [1,5] and [4,9]",
                with(base, "ranges", List.of(List.of(1L, 5L), List.of(4L, 9L))));
        reject(backend, deviceKem, commandPub, "oversize", "One range spanning every seq: wider than 65,536",
                with(base, "ranges", List.of(List.of(0L, Long.MAX_VALUE))));
        reject(backend, deviceKem, commandPub, "malformed", "A high-water mark instead of ranges",
                with(base, "ranges", 3L));
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new TreeMap<>(base);
        m.put(key, value);
        return m;
    }

    private static void reject(EnvelopeSealer backend, Path deviceKem, Path commandPub, String refusal,
                               String description, Map<String, Object> body) throws Exception {
        byte[] plain = CanonicalCbor.encode(body);
        write("receipt-reject/" + refusal + ".json", "Receipt refused by the device (receipts.refused." + refusal
                + "): " + description, deviceKem, commandPub, backend.seal(MessageType.RECEIPT, plain), plain);
    }

    private static void write(String name, String description, Path recipientPrivate, Path senderPublic,
                              byte[] sealed, byte[] plaintext) throws Exception {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("description", description + " (test keys: never deploy them)");
        v.put("recipient_private_key_pem", Files.readString(recipientPrivate));
        v.put("sender_public_key_pem", Files.readString(senderPublic));
        v.put("sealed_hex", HexFormat.of().formatHex(sealed));
        v.put("plaintext_hex", HexFormat.of().formatHex(plaintext));
        Files.writeString(VECTORS.resolve(name),
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(v) + "\n");
    }
}
