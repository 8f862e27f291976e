package com.ooma.telo.agent;

import static com.ooma.telo.agent.AgentPipelineTest.EVERY_METRIC;
import static com.ooma.telo.agent.AgentPipelineTest.NOT_COUNTED;
import static com.ooma.telo.agent.AgentPipelineTest.await;
import static com.ooma.telo.agent.AgentPipelineTest.counter;
import static com.ooma.telo.agent.AgentPipelineTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.command.CommandHandler;
import com.ooma.telo.agent.command.CommandOutcome;
import com.ooma.telo.agent.command.DeviceControl;
import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.seal.CanonicalCbor;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.MessageType;
import com.ooma.telo.agent.seal.TrustStore;
import com.ooma.telo.agent.testing.FakeClock;
import com.ooma.telo.agent.testing.TestAgent;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file the agent writes for itself (state, spool, checkpoint, seq reservations, command seq, trust bundle, ε
 * ledger, replay state) is mode 0600 and every folder it creates 0700, whatever the umask (issue 9, item 8). The
 * test JVM runs under the usual umask 022, which left them 0644 and 0755 before; the modes asserted here do not
 * depend on it. The log file is checked in {@code AgentLoggingTest}, which needs a fresh JVM.
 */
class FileModesTest {
    private static final Instant START = Instant.parse("2026-11-26T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void everythingTheAgentWrites_isOwnerOnly() throws Exception {
        TestAgent keys = TestAgent.in(dir);
        KeyFiles.generateVendorRoot(dir.resolve("vendor"));
        Path var = dir.resolve("var"); // not there yet: the agent creates var/, var/state/ and var/spool/
        Path state = var.resolve("state");
        FakeClock clock = new FakeClock(START);

        AgentPipeline agent = AgentPipeline.start(AgentPipelineTest.config(dir, "state.dir=" + state,
                "spool.dir=" + var.resolve("spool"), "privacy.daily_epsilon=2.5",
                "keys.trust_root=" + dir.resolve("vendor/vendor-root.pub.pem")), clock.agentClock(), new SecureRandom());
        send(agent, EVERY_METRIC);
        await("every event handled", () -> counter(agent, "events_counted") == EVERY_METRIC.size() - NOT_COUNTED);
        clock.advance(Duration.ofDays(1));
        await("a usage report spooled", () -> counter(agent, "reports_spooled.usage") == 1);
        agent.shutdown(Duration.ZERO);
        runOneCommand(keys, state, clock);
        TrustStore.open(state, dir.resolve("vendor/vendor-root.pub.pem")).install(KeyFiles.signTrustBundle(
                dir.resolve("vendor/vendor-root.pem"), 1, keys.backend("backend-kem.pub.pem"),
                keys.backend("backend-kem.pub.pem"), START));
        EnvelopeOpener.load(keys.backend("backend-kem.pem"), keys.device("device-signing.pub.pem"), clock)
                .saveReplayState(state.resolve("replay.state"));

        Map<String, String> modes = modes(var);
        assertThat(modes).as("what the agent wrote").containsKeys("var/state/boot-epoch",
                "var/state/windows.ckpt", "var/state/dp-ledger", "var/state/trust-bundle.cbor",
                "var/state/replay.state", "var/spool/spool.seg");
        assertThat(modes.keySet()).anyMatch(f -> f.matches("var/state/seq-[0-9a-f]{8}\\.state"))
                .anyMatch(f -> f.matches("var/state/cmd-seq-[0-9a-f]{8}\\.state"));
        Map<String, String> ownerOnly = new TreeMap<>();
        modes.keySet().forEach(p -> ownerOnly.put(p, Files.isDirectory(dir.resolve(p)) ? "rwx------" : "rw-------"));
        assertThat(modes).isEqualTo(ownerOnly);
    }

    /** A signed ping through the real handler: persists the command seq and reserves ack seqs in {@code state}. */
    private void runOneCommand(TestAgent keys, Path state, FakeClock clock) throws Exception {
        EnvelopeSealer backend = EnvelopeSealer.load(keys.deviceId(), keys.backend(KeyFiles.BACKEND_COMMAND),
                keys.device("device-kem.pub.pem"), dir.resolve("backend-state"), clock);
        EnvelopeSealer acks = EnvelopeSealer.load(keys.deviceId(), keys.device(KeyFiles.DEVICE_SIGNING),
                keys.backend("backend-kem.pub.pem"), state, clock);
        CommandHandler handler = CommandHandler.load(keys.deviceId(), keys.device(KeyFiles.DEVICE_KEM),
                keys.backend("backend-command.pub.pem"), state, acks, new NoDevice(), clock);
        byte[] ping = CanonicalCbor.encode(Map.of("verb", "ping", "args", Map.of(), "device_id", keys.deviceId(),
                "expires_at", clock.instant().plus(Duration.ofHours(1)).toEpochMilli()));
        assertThat(handler.handle(backend.seal(MessageType.COMMAND, ping), false))
                .isInstanceOf(CommandOutcome.Acknowledged.class);
    }

    /** Mode of {@code root} and everything under it, by path relative to the test folder. */
    private Map<String, String> modes(Path root) throws Exception {
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                modes.put(dir.relativize(p).toString(),
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)));
            }
        }
        return modes;
    }

    private static final class NoDevice implements DeviceControl {
        @Override
        public void setConsent(ConsentLevel level) { }

        @Override
        public void setIntervals(Duration health, Duration usage) { }

        @Override
        public String rotateDeviceKey() {
            throw new UnsupportedOperationException();
        }
    }
}
