package com.ooma.telo.agent.command;

import static com.ooma.telo.agent.command.RawCbor.item;
import static com.ooma.telo.agent.command.RawCbor.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.command.CommandOutcome.Acknowledged;
import com.ooma.telo.agent.command.CommandOutcome.IgnoreReason;
import com.ooma.telo.agent.command.CommandOutcome.Ignored;
import com.ooma.telo.agent.seal.CanonicalCbor;
import com.ooma.telo.agent.seal.MessageType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed command runs only when its plaintext is the one deterministic encoding of what it says: a repeated key
 * or keys out of order are refused and counted, and nothing runs, even though the backend's signature is genuine.
 */
class CommandCanonicalTest {
    @TempDir
    Path root;
    private CommandFixture f;
    private CommandHandler handler;
    private long expiresAt;

    @BeforeEach
    void setUp() throws Exception {
        f = new CommandFixture(root);
        handler = f.handler();
        expiresAt = f.clock.instant().plus(Duration.ofHours(1)).toEpochMilli();
    }

    private CommandOutcome handleSigned(byte[] plaintext) {
        return handler.handle(f.backendSealer.seal(MessageType.COMMAND, plaintext), false);
    }

    @Test
    void canonicalPlaintextWrittenKeyByKey_isAccepted() {
        // Canonical order: shorter keys first, then bytewise: args, verb, device_id, expires_at.
        byte[] plaintext = map("args", Map.of("level", "off"), "verb", "set_consent", "device_id", f.deviceId,
                "expires_at", expiresAt);
        assertThat(plaintext).isEqualTo(CanonicalCbor.encode(Map.of("verb", "set_consent", "args",
                Map.of("level", "off"), "expires_at", expiresAt, "device_id", f.deviceId)));

        CommandOutcome outcome = handleSigned(plaintext);

        assertThat(outcome).isInstanceOf(Acknowledged.class);
        assertThat(outcome.counter()).isEqualTo("commands.acknowledged.ok");
        assertThat(f.control.calls).containsExactly("consent off");
    }

    @Test
    void verbTwice_isRefusedAsADuplicateKey_andNeitherVerbRuns() {
        // A lenient reader keeps the last "verb": this would rotate the device key under a set_consent signature.
        byte[] plaintext = map("args", Map.of(), "verb", "set_consent", "verb", "rotate_device_key",
                "device_id", f.deviceId, "expires_at", expiresAt);

        CommandOutcome outcome = handleSigned(plaintext);

        assertThat(outcome).isEqualTo(new Ignored(IgnoreReason.DUPLICATE_KEY));
        assertThat(outcome.counter()).isEqualTo("commands.ignored.duplicate_key");
        assertThat(f.control.calls).isEmpty();
    }

    @Test
    void repeatedKeyInsideArgs_isRefusedAsADuplicateKey() {
        byte[] args = map("level", "off", "level", "full");
        CommandOutcome outcome = handleSigned(map("args", item(args), "verb", "set_consent",
                "device_id", f.deviceId, "expires_at", expiresAt));

        assertThat(outcome).isEqualTo(new Ignored(IgnoreReason.DUPLICATE_KEY));
        assertThat(f.control.calls).isEmpty();
    }

    @Test
    void keysOutOfCanonicalOrder_areRefusedAsNotCanonical() {
        byte[] plaintext = map("verb", "set_consent", "args", Map.of("level", "off"), "expires_at", expiresAt,
                "device_id", f.deviceId);

        CommandOutcome outcome = handleSigned(plaintext);

        assertThat(outcome).isEqualTo(new Ignored(IgnoreReason.NOT_CANONICAL));
        assertThat(outcome.counter()).isEqualTo("commands.ignored.not_canonical");
        assertThat(f.control.calls).isEmpty();
    }

    @Test
    void lengthInALongerHeadThanNeeded_isRefusedAsNotCanonical() {
        byte[] pingWithOneByteLength = {0x78, 4, 'p', 'i', 'n', 'g'}; // canonical: 0x64 "ping"
        CommandOutcome outcome = handleSigned(map("args", Map.of(), "verb", item(pingWithOneByteLength),
                "device_id", f.deviceId, "expires_at", expiresAt));

        assertThat(outcome).isEqualTo(new Ignored(IgnoreReason.NOT_CANONICAL));
    }

    @Test
    void argumentsNestedBeyondTheBound_areRefusedWithoutThrowing() {
        byte[] deep = CanonicalCbor.encode(0L);
        for (int i = 0; i < 5_000; i++) {
            deep = concat(new byte[] {(byte) 0x81}, deep); // array(1) around it
        }
        CommandOutcome outcome = handleSigned(map("args", item(map("x", item(deep))), "verb", "ping",
                "device_id", f.deviceId, "expires_at", expiresAt));

        assertThat(outcome).isEqualTo(new Ignored(IgnoreReason.MALFORMED));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
