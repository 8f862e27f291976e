package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.agent.seal.OpenResult.Opened;
import com.ooma.telo.agent.seal.OpenResult.Rejected;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every committed vector in docs/test-vectors opens to its plaintext; every one in reject/ is refused. */
class TestVectorFilesTest {
    private static final Path VECTORS = Path.of("..", "docs", "test-vectors");
    private static final List<String> FIELDS =
            List.of("description", "recipient_private_key_pem", "sender_public_key_pem", "sealed_hex", "plaintext_hex");

    @TempDir
    Path tmp;

    @Test
    void everyVector_opensToItsPlaintextWithReferenceAndJdkDecoders() throws Exception {
        List<Path> files = jsonFiles(VECTORS);
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (Path file : files) {
            JsonNode v = read(file);
            byte[] plaintext = HexFormat.of().parseHex(v.get("plaintext_hex").asText());
            OpenResult result = opener(v).open(HexFormat.of().parseHex(v.get("sealed_hex").asText()));
            assertThat(result).as(file.toString()).isInstanceOf(Opened.class);
            assertThat(((Opened) result).plaintext()).as(file.toString()).isEqualTo(plaintext);
            JdkEnvelopeDecoder jdk = new JdkEnvelopeDecoder(v.get("recipient_private_key_pem").asText(),
                    v.get("sender_public_key_pem").asText());
            assertThat(jdk.open(HexFormat.of().parseHex(v.get("sealed_hex").asText()))).as(file.toString())
                    .isEqualTo(plaintext);
        }
    }

    @Test
    void everyRejectVector_isRejected() throws Exception {
        List<Path> files = jsonFiles(VECTORS.resolve("reject"));
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            JsonNode v = read(file);
            assertThat(opener(v).open(HexFormat.of().parseHex(v.get("sealed_hex").asText()))).as(file.toString())
                    .isInstanceOf(Rejected.class);
        }
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Parses a vector and checks it has exactly the contract's fields, sealed_hex lowercase without separators. */
    private static JsonNode read(Path file) throws IOException {
        JsonNode v = new ObjectMapper().readTree(file.toFile());
        assertThat(v.fieldNames()).toIterable().as(file.toString()).containsExactlyInAnyOrderElementsOf(FIELDS);
        assertThat(v.get("sealed_hex").asText()).as(file.toString()).matches("([0-9a-f]{2})+");
        return v;
    }

    private EnvelopeOpener opener(JsonNode v) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "v");
        Path recipient = Files.createFile(dir.resolve("recipient.pem"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(recipient, v.get("recipient_private_key_pem").asText());
        Path sender = Files.writeString(dir.resolve("sender.pub.pem"), v.get("sender_public_key_pem").asText());
        return EnvelopeOpener.load(recipient, sender, Clock.systemUTC());
    }
}
