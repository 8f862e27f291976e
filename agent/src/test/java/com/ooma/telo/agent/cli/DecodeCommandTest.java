package com.ooma.telo.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.MessageType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `decode` as a support engineer runs it on a captured message. */
class DecodeCommandTest {
    /** CBOR {"kind": "health", "uptime_s": 86400}. */
    private static final byte[] PAYLOAD = HexFormat.of().parseHex(
            "a2646b696e64666865616c746868757074696d655f731a00015180");

    @TempDir
    Path dir;
    private Path device;
    private Path backend;
    private String deviceId;
    private byte[] sealed;

    @BeforeEach
    void setUp() throws Exception {
        device = dir.resolve("device");
        backend = dir.resolve("backend");
        KeyFiles.generateDevice(device);
        KeyFiles.generateBackend(backend);
        deviceId = KeyFiles.readDeviceId(device.resolve("device.id"));
        sealed = EnvelopeSealer.load(deviceId, device.resolve("device-signing.pem"),
                backend.resolve("backend-kem.pub.pem"), dir.resolve("state"), Clock.systemUTC())
                .seal(MessageType.TELEMETRY, PAYLOAD);
    }

    @Test
    void decode_printsPayloadAsJson() throws Exception {
        CliRun run = decode(write("msg.bin", sealed));

        assertThat(run.exitCode()).isZero();
        JsonNode out = new ObjectMapper().readTree(run.stdout());
        assertThat(out.get("payload").get("kind").asText()).isEqualTo("health");
        assertThat(out.get("payload").get("uptime_s").asLong()).isEqualTo(86_400);
        assertThat(out.has("header")).isFalse();
    }

    @Test
    void decodeHexExplain_printsHeaderFields() throws Exception {
        String wrapped = HexFormat.of().formatHex(sealed).replaceAll("(.{64})", "$1\n");
        CliRun run = decode(write("msg.hex", wrapped.getBytes()), "--hex", "--explain");

        assertThat(run.exitCode()).isZero();
        JsonNode header = new ObjectMapper().readTree(run.stdout()).get("header");
        assertThat(header.get("version").asInt()).isEqualTo(1);
        assertThat(header.get("type").asText()).isEqualTo("telemetry");
        assertThat(header.get("device_id").asText()).isEqualTo(deviceId);
        assertThat(header.get("sender_kid").asText())
                .isEqualTo(KeyFiles.describe(device.resolve("device-signing.pub.pem")).kidHex());
        assertThat(header.get("recipient_kid").asText())
                .isEqualTo(KeyFiles.describe(backend.resolve("backend-kem.pub.pem")).kidHex());
        assertThat(header.get("ct_len").asInt()).isEqualTo(PAYLOAD.length + 16);
        assertThat(header.get("seq").asLong()).isPositive();
        assertThat(header.get("timestamp_ms").asLong()).isPositive();
    }

    @Test
    void decode_tamperedMessageSaysRejectedOnStderrAndExits1() throws Exception {
        sealed[60] ^= 1;
        CliRun run = decode(write("msg.bin", sealed));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr().lines().findFirst()).contains("rejected");
        assertThat(run.stderr()).contains("SIGNATURE");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void decode_nonHexInputWithHexFlagIsRejected() throws Exception {
        CliRun run = decode(write("msg.hex", "zz-not-hex".getBytes()), "--hex");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("rejected");
    }

    @Test
    void decode_committedTestVectorOpensFromHex() throws Exception {
        Path vector = Path.of("..", "docs", "test-vectors", "telemetry-health.json");
        JsonNode v = new ObjectMapper().readTree(vector.toFile());
        Path recipient = Files.createFile(dir.resolve("vector-recipient.pem"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(recipient, v.get("recipient_private_key_pem").asText());
        Path sender = Files.writeString(dir.resolve("vector-sender.pub.pem"), v.get("sender_public_key_pem").asText());
        Path msg = write("vector.hex", v.get("sealed_hex").asText().getBytes());

        CliRun run = CliRun.of("decode", "--recipient-key", recipient.toString(), "--sender-key", sender.toString(),
                "--hex", msg.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(run.stdout()).get("payload").get("kind").asText()).isEqualTo("health");
    }

    @Test
    void decode_wrongKeyTypeIsAnErrorNamingTheFile() throws Exception {
        Path wrong = backend.resolve("backend-command.pem");
        CliRun run = CliRun.of("decode", "--recipient-key", wrong.toString(), "--sender-key",
                device.resolve("device-signing.pub.pem").toString(), write("msg.bin", sealed).toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains(wrong.toString()).contains("X25519");
    }

    @Test
    void decodeWithReplayState_rejectsTheSameMessageOnASecondRun() throws Exception {
        Path msg = write("msg.bin", sealed);
        String state = dir.resolve("replay.state").toString();

        assertThat(decode(msg, "--replay-state", state).exitCode()).isZero();
        CliRun again = decode(msg, "--replay-state", state);

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).contains("REPLAY");
        assertThat(decode(msg).exitCode()).as("without the state file each run starts fresh").isZero();
    }

    @Test
    void decodeWithReplayState_refusesACorruptStateFileWithExit2() throws Exception {
        Path state = Files.writeString(dir.resolve("replay.state"), "something else\n");
        CliRun run = decode(write("msg.bin", sealed), "--replay-state", state.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("replay.state");
    }

    @Test
    void decodeWithDeviceId_rejectsMessageFromAnotherDevice() throws Exception {
        Path msg = write("msg.bin", sealed);
        assertThat(decode(msg, "--device-id", deviceId).exitCode()).isZero();
        CliRun other = decode(msg, "--device-id", "0".repeat(32));
        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.stderr()).contains("UNKNOWN_KEY");
    }

    private CliRun decode(Path file, String... flags) {
        String[] args = new String[5 + flags.length + 1];
        args[0] = "decode";
        args[1] = "--recipient-key";
        args[2] = backend.resolve("backend-kem.pem").toString();
        args[3] = "--sender-key";
        args[4] = device.resolve("device-signing.pub.pem").toString();
        System.arraycopy(flags, 0, args, 5, flags.length);
        args[args.length - 1] = file.toString();
        return CliRun.of(args);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
