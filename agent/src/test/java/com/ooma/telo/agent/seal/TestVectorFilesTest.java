package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.agent.command.CommandHandler;
import com.ooma.telo.agent.command.CommandOutcome;
import com.ooma.telo.agent.command.DeviceControl;
import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.seal.OpenResult.Opened;
import com.ooma.telo.agent.seal.OpenResult.Rejected;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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

    @Test
    void degenerateEncVectors_passTheSignatureAndFailAtHpke() throws Exception {
        for (String name : List.of("zero-enc.json", "small-order-enc.json")) {
            JsonNode v = read(VECTORS.resolve("reject").resolve(name));
            assertThat(opener(v).open(HexFormat.of().parseHex(v.get("sealed_hex").asText()))).as(name)
                    .isEqualTo(new Rejected(RejectReason.DECRYPT));
        }
    }

    @Test
    void commandVector_isRunByTheCommandHandlerAndAckVectorAnswersIt() throws Exception {
        JsonNode cmd = read(VECTORS.resolve("command.json"));
        byte[] sealed = HexFormat.of().parseHex(cmd.get("sealed_hex").asText());
        Opened opened = (Opened) opener(cmd).open(sealed);
        JsonNode body = CanonicalCbor.parse(opened.plaintext()).orElseThrow();
        assertThat(body.get("device_id").asText()).isEqualTo(opened.header().deviceIdHex());
        Path dir = Files.createTempDirectory(tmp, "cmd");
        KeyDirs acks = KeyDirs.create(dir);
        List<ConsentLevel> applied = new ArrayList<>();
        CommandHandler handler = CommandHandler.load(opened.header().deviceIdHex(), pem(dir, "kem.pem",
                cmd.get("recipient_private_key_pem").asText()), pem(dir, "cmd.pub.pem",
                cmd.get("sender_public_key_pem").asText()), dir.resolve("state"), acks.telemetrySealer(KeyDirs.FIXED),
                new ConsentOnlyDevice(applied), KeyDirs.FIXED);
        assertThat(handler.handle(sealed, false)).isInstanceOf(CommandOutcome.Acknowledged.class);
        assertThat(applied).containsExactly(ConsentLevel.ESSENTIAL);

        JsonNode ack = read(VECTORS.resolve("command-ack.json"));
        JsonNode ackBody = CanonicalCbor.parse(HexFormat.of().parseHex(ack.get("plaintext_hex").asText()))
                .orElseThrow();
        assertThat(ackBody.get("kind").asText()).isEqualTo("command_ack");
        assertThat(ackBody.get("verb").asText()).isEqualTo("set_consent");
        assertThat(ackBody.get("result").asText()).isEqualTo("ok");
        assertThat(ackBody.get("cmd_seq").asLong()).isEqualTo(opened.header().seq());
    }

    @Test
    void keyRotationVector_namesANewKeyWithProofOfPossession() throws Exception {
        JsonNode v = read(VECTORS.resolve("key-rotation.json"));
        Opened opened = (Opened) opener(v).open(HexFormat.of().parseHex(v.get("sealed_hex").asText()));
        KeyRotationNotice notice = KeyRotationNotice.parse(opened.header().deviceIdHex(), opened.plaintext())
                .orElseThrow();
        assertThat(notice.possessionProven()).isTrue();
        assertThat(KeyId.kid(notice.oldSigningKey())).isEqualTo(opened.header().senderKid());
    }

    private static Path pem(Path dir, String name, String text) throws IOException {
        Path file = Files.createFile(dir.resolve(name),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.writeString(file, text);
    }

    /** Records consent changes; the command vector is a set_consent. */
    private record ConsentOnlyDevice(List<ConsentLevel> applied) implements DeviceControl {
        @Override
        public void setConsent(ConsentLevel level) {
            applied.add(level);
        }

        @Override
        public void setIntervals(Duration health, Duration usage) {
            throw new AssertionError("not in the vector");
        }

        @Override
        public String rotateDeviceKey() {
            throw new AssertionError("not in the vector");
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
