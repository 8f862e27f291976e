package com.ooma.telo.agent.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.agent.command.CommandOutcome.Acknowledged;
import com.ooma.telo.agent.command.CommandOutcome.IgnoreReason;
import com.ooma.telo.agent.command.CommandOutcome.Ignored;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.MessageType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The device's side of the command path: what runs, what is acknowledged, and what is ignored. */
class CommandHandlerTest {
    @TempDir
    Path root;
    private CommandFixture f;
    private CommandHandler handler;

    @BeforeEach
    void setUp() throws Exception {
        f = new CommandFixture(root);
        handler = f.handler();
    }

    @Test
    void ping_isAcknowledgedWithASignedAckTheBackendOpens() {
        byte[] cmd = f.command("ping", Map.of());
        Acknowledged ack = (Acknowledged) handler.handle(cmd, false);

        JsonNode body = f.openAck(ack.sealedAck());
        assertThat(body.get("kind").asText()).isEqualTo("command_ack");
        assertThat(body.get("schema").asInt()).isEqualTo(1);
        assertThat(body.get("verb").asText()).isEqualTo("ping");
        assertThat(body.get("result").asText()).isEqualTo("ok");
        assertThat(body.get("cmd_seq").asLong()).isEqualTo(ack.commandSeq()).isPositive();
        assertThat(body.has("error")).isFalse();
    }

    @Test
    void setConsent_appliesTheLevelAndAcksOk() {
        Acknowledged ack = (Acknowledged) handler.handle(f.command("set_consent", Map.of("level", "off")), false);
        assertThat(ack.error()).isEmpty();
        assertThat(f.control.calls).containsExactly("consent off");
    }

    @Test
    void setIntervals_appliesBothDurations() {
        handler.handle(f.command("set_intervals", Map.of("health", "PT5M", "usage", "PT1H")), false);
        assertThat(f.control.calls).containsExactly("intervals PT5M PT1H");
    }

    @Test
    void badArguments_getErrorAckAndChangeNothing() {
        for (Map<String, Object> args : java.util.List.<Map<String, Object>>of(Map.of("level", "everything"),
                Map.of("level", 3), Map.of())) {
            Acknowledged ack = (Acknowledged) handler.handle(f.command("set_consent", args), false);
            assertThat(ack.error()).as(args.toString()).contains("bad_args");
            assertThat(f.openAck(ack.sealedAck()).get("error").asText()).isEqualTo("bad_args");
        }
        Acknowledged tooShort = (Acknowledged) handler.handle(
                f.command("set_intervals", Map.of("health", "PT0.5S", "usage", "PT1H")), false);
        assertThat(tooShort.error()).contains("bad_args");
        assertThat(f.control.calls).isEmpty();
    }

    @Test
    void unknownVerb_getsASignedErrorAck() {
        Acknowledged ack = (Acknowledged) handler.handle(f.command("format_flash", Map.of()), false);
        JsonNode body = f.openAck(ack.sealedAck());
        assertThat(body.get("result").asText()).isEqualTo("error");
        assertThat(body.get("error").asText()).isEqualTo("unknown_verb");
        assertThat(body.get("verb").asText()).isEqualTo("format_flash");
    }

    @Test
    void rotateDeviceKey_reportsTheNewKidOrFailsWithoutLeakingTheCause() {
        Acknowledged ok = (Acknowledged) handler.handle(f.command("rotate_device_key", Map.of()), false);
        assertThat(f.openAck(ok.sealedAck()).get("detail").get("new_signing_kid").asText()).isEqualTo("0a0b0c0d");

        f.control.failRotation = true;
        Acknowledged failed = (Acknowledged) handler.handle(f.command("rotate_device_key", Map.of()), false);
        JsonNode body = f.openAck(failed.sealedAck());
        assertThat(body.get("error").asText()).isEqualTo("failed");
        assertThat(body.toString()).doesNotContain("secret");
    }

    @Test
    void exactReplay_isIgnoredAndRunsOnce() {
        byte[] cmd = f.command("set_consent", Map.of("level", "full"));
        assertThat(handler.handle(cmd, false)).isInstanceOf(Acknowledged.class);
        assertThat(handler.handle(cmd, false)).isInstanceOf(Ignored.class);
        assertThat(f.control.calls).containsExactly("consent full");
    }

    @Test
    void replayAfterRestart_isIgnoredBecauseTheSeqWasPersisted() throws Exception {
        byte[] cmd = f.command("set_consent", Map.of("level", "full"));
        handler.handle(cmd, false);

        CommandHandler restarted = f.handler();
        assertThat(restarted.handle(cmd, false)).isEqualTo(new Ignored(IgnoreReason.STALE));
        assertThat(f.control.calls).containsExactly("consent full");
    }

    @Test
    void olderCommandDeliveredAfterANewerOne_isIgnored() {
        byte[] older = f.command("set_consent", Map.of("level", "off"));
        byte[] newer = f.command("set_consent", Map.of("level", "full"));
        handler.handle(newer, false);
        assertThat(handler.handle(older, false)).isEqualTo(new Ignored(IgnoreReason.STALE));
        assertThat(f.control.calls).containsExactly("consent full");
    }

    @Test
    void expiredCommand_isIgnored() {
        byte[] cmd = f.command("set_consent", Map.of("level", "off"));
        f.clock.advance(Duration.ofHours(1));
        assertThat(handler.handle(cmd, false)).isEqualTo(new Ignored(IgnoreReason.EXPIRED));
        assertThat(f.control.calls).isEmpty();
    }

    @Test
    void retainedCommand_isIgnoredEvenWhenGenuine() {
        assertThat(handler.handle(f.command("ping", Map.of()), true)).isEqualTo(new Ignored(IgnoreReason.RETAINED));
    }

    @Test
    void commandForAnotherDevice_isIgnored() throws Exception {
        // Header names another device: no key is bound to that id on this device.
        EnvelopeSealer other = f.commandSealer("0123456789abcdef0123456789abcdef", root.resolve("other"));
        byte[] foreignHeader = other.seal(MessageType.COMMAND, CommandFixture.plaintext("set_consent",
                Map.of("level", "off"), f.clock.instant().plus(Duration.ofHours(1)), f.deviceId));
        assertThat(handler.handle(foreignHeader, false)).isEqualTo(new Ignored(IgnoreReason.REJECTED));
        // Header is ours, but the signed plaintext names another device.
        byte[] foreignBody = f.backendSealer.seal(MessageType.COMMAND, CommandFixture.plaintext("set_consent",
                Map.of("level", "off"), f.clock.instant().plus(Duration.ofHours(1)), "0".repeat(32)));
        assertThat(handler.handle(foreignBody, false)).isEqualTo(new Ignored(IgnoreReason.WRONG_DEVICE));
        assertThat(f.control.calls).isEmpty();
    }

    @Test
    void commandSignedByAnyoneButTheBackendCommandKey_isIgnored() throws Exception {
        // The device's own signing key (as a stolen-hub attacker might hold), sealed correctly to the device.
        EnvelopeSealer forger = EnvelopeSealer.load(f.deviceId, f.device.resolve(KeyFiles.DEVICE_SIGNING),
                f.device.resolve("device-kem.pub.pem"), root.resolve("forger"), f.clock);
        byte[] forged = forger.seal(MessageType.COMMAND, CommandFixture.plaintext("set_consent",
                Map.of("level", "full"), f.clock.instant().plus(Duration.ofHours(1)), f.deviceId));
        assertThat(handler.handle(forged, false)).isEqualTo(new Ignored(IgnoreReason.REJECTED));
    }

    @Test
    void receiptOnTheCommandTopic_isNotRunAsACommand() {
        byte[] receipt = f.backendSealer.seal(MessageType.RECEIPT, CommandFixture.plaintext("ping", Map.of(),
                f.clock.instant().plus(Duration.ofHours(1)), f.deviceId));
        assertThat(handler.handle(receipt, false)).isEqualTo(new Ignored(IgnoreReason.NOT_A_COMMAND));
    }

    @Test
    void malformedPlaintextOrGarbage_isIgnoredWithoutThrowing() {
        byte[] notAMap = f.backendSealer.seal(MessageType.COMMAND, new byte[] {0x01});
        assertThat(handler.handle(notAMap, false)).isEqualTo(new Ignored(IgnoreReason.MALFORMED));
        assertThat(handler.handle(new byte[] {1, 2, 3}, false)).isEqualTo(new Ignored(IgnoreReason.REJECTED));
        assertThat(handler.handle(null, false)).isEqualTo(new Ignored(IgnoreReason.REJECTED));
    }

    @Test
    void unwritableSeqState_runsNothing() throws Exception {
        Path notADir = Files.writeString(root.resolve("state-is-a-file"), "x");
        CommandHandler broken = f.handler(notADir);
        assertThat(broken.handle(f.command("set_consent", Map.of("level", "off")), false))
                .isEqualTo(new Ignored(IgnoreReason.STATE_UNWRITABLE));
        assertThat(f.control.calls).isEmpty();
    }
}
