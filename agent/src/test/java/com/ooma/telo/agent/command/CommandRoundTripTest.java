package com.ooma.telo.agent.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.agent.command.CommandOutcome.Acknowledged;
import com.ooma.telo.agent.seal.CanonicalCbor;
import com.ooma.telo.agent.seal.JdkEnvelopeDecoder;
import com.ooma.telo.agent.seal.KeyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands and acknowledgements open with the JDK-only decoder written from docs/wire-format.md alone. */
class CommandRoundTripTest {
    @TempDir
    Path root;

    @Test
    void commandAndItsAck_openWithTheJdkOnlyDecoder() throws Exception {
        CommandFixture f = new CommandFixture(root);
        byte[] command = f.command("set_intervals", Map.of("health", "PT10M", "usage", "P1D"));

        // The device side of a command: device KEM private key, backend command public key.
        JdkEnvelopeDecoder atDevice = new JdkEnvelopeDecoder(Files.readString(f.device.resolve(KeyFiles.DEVICE_KEM)),
                Files.readString(f.backend.resolve("backend-command.pub.pem")));
        JsonNode cmd = CanonicalCbor.parse(atDevice.open(command)).orElseThrow();
        assertThat(cmd.get("verb").asText()).isEqualTo("set_intervals");
        assertThat(cmd.get("device_id").asText()).isEqualTo(f.deviceId);
        assertThat(cmd.get("args").get("usage").asText()).isEqualTo("P1D");

        Acknowledged ack = (Acknowledged) f.handler().handle(command, false);

        // The backend side of an ack: backend KEM private key, device signing public key.
        JdkEnvelopeDecoder atBackend = new JdkEnvelopeDecoder(
                Files.readString(f.backend.resolve(KeyFiles.BACKEND_KEM)),
                Files.readString(f.device.resolve("device-signing.pub.pem")));
        byte[] ackPlaintext = atBackend.open(ack.sealedAck());
        assertThat(ack.sealedAck()[1]).as("type byte").isEqualTo((byte) 3);
        JsonNode body = CanonicalCbor.parse(ackPlaintext).orElseThrow();
        assertThat(body.get("result").asText()).isEqualTo("ok");
        assertThat(body.get("cmd_seq").asLong()).isEqualTo(ack.commandSeq());
        assertThat(CanonicalCbor.encode(Map.of("kind", "command_ack", "schema", 1, "cmd_seq", ack.commandSeq(),
                "verb", "set_intervals", "result", "ok"))).as("the ack is deterministic CBOR").isEqualTo(ackPlaintext);
    }
}
