package com.ooma.telo.agent.seal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the diagnostics-bundle vectors (flags bit 0) into docs/test-vectors without touching the others (run with
 * {@code -Dtest=DiagVectorWriter -Dtelo.writeVectors=true}); {@link TestVectorFilesTest} checks them every build.
 */
@EnabledIfSystemProperty(named = "telo.writeVectors", matches = "true")
class DiagVectorWriter {
    private static final Path VECTORS = Path.of("..", "docs", "test-vectors");

    @TempDir
    Path root;

    @Test
    void writeDiagVectors() throws Exception {
        KeyDirs keys = KeyDirs.create(root.resolve("a"));
        Path backendKem = keys.backend.resolve(KeyFiles.BACKEND_KEM);
        Path devicePub = keys.device.resolve("device-signing.pub.pem");
        EnvelopeSealer sealer = keys.telemetrySealer(KeyDirs.FIXED);
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("kind", "diag_bundle");
        bundle.put("schema", 1);
        bundle.put("created_minute", "2026-11-26T12:00Z");
        bundle.put("agent_log", List.of("2026-11-26T12:00+0000 INFO [main] c.o.t.a.AgentPipeline: agent started"));
        bundle.put("hub_log", List.of("2026-11-26T11:59Z warn [sipua] REGISTER <SIP_URI> contact <IP>:5060"));
        bundle.put("lines_truncated", 0);
        byte[] plain = CanonicalCbor.encode(bundle);
        write("diag-bundle.json", "Diagnostics bundle (type 1, flags bit 0: zlib), device -> backend: a small bundle;"
                + " plaintext_hex is the inflated CBOR", backendKem, devicePub, sealer.sealDiagBundle(plain), plain);

        bundle.put("hub_log", List.of("x".repeat(WireFormat.MAX_INFLATED_BYTES)));
        byte[] big = CanonicalCbor.encode(bundle);
        write("reject/diag-oversize-inflate.json", "Compressed bundle that inflates past 262,144 bytes (a few hundred"
                + " bytes on the wire)", backendKem, devicePub,
                sealer.seal(MessageType.TELEMETRY, BundleInflater.deflate(big), WireFormat.FLAG_COMPRESSED), big);
        byte[] health = CanonicalCbor.encode(Map.of("kind", "health", "schema", 1, "uptime_s", 86_400));
        write("reject/compressed-health.json", "Flags bit 0 on a health report: only diagnostics bundles may be"
                + " compressed", backendKem, devicePub,
                sealer.seal(MessageType.TELEMETRY, BundleInflater.deflate(health), WireFormat.FLAG_COMPRESSED), health);
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
