package com.ooma.telo.agent;

import static com.ooma.telo.agent.AgentPipelineTest.counter;
import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.spool.Spool;
import com.ooma.telo.agent.spool.SpoolRecord;
import com.ooma.telo.agent.testing.FakeClock;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The current agent starts on what release 0.1.0 left (checked-in fixture): every report kept, no seq reused. */
class UpgradeTest {
    private static final Path FIXTURE = Path.of("src/test/resources/upgrade/release-0.1.0");
    private static final int OFF_SEQ = 30;

    @TempDir
    Path dir;

    @Test
    void startsOnRelease010State_keepsItsReports_andNeverReusesASeq() throws Exception {
        copyFixture();
        List<SpoolRecord> before;
        try (Spool old = Spool.open(dir.resolve("spool"), 8 << 20)) {
            before = old.pending();
        }
        Files.write(dir.resolve("spool/spool.seg"), Files.readAllBytes(FIXTURE.resolve("spool/spool.seg")));
        assertThat(before).as("the fixture holds reports").isNotEmpty();
        long oldestSeqLeft = before.stream().mapToLong(r -> seq(r.sealed())).max().orElseThrow();

        FakeClock clock = new FakeClock(Instant.parse("2026-12-02T19:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(AgentPipelineTest.config(dir), clock.agentClock(), new SecureRandom());
        // its reports, and the window its checkpoint held (ended by now, so reported at start)
        assertThat(counter(agent, "spool.pending")).isEqualTo(before.size() + 1);
        assertThat(counter(agent, "spool.moved_aside") + counter(agent, "spool.corrupt_skipped")
                + counter(agent, "state.recovered")).isZero();
        clock.advance(Duration.ofMinutes(15));
        AgentPipelineTest.await("a new health report", () -> counter(agent, "reports_spooled.health") >= 1);
        agent.shutdown(Duration.ZERO);

        assertThat(Files.readString(dir.resolve("state/boot-epoch"))).isEqualTo("v1 2\n");
        List<AgentPipelineTest.Opened> opened = AgentPipelineTest.openSpool(dir, clock);
        assertThat(opened).hasSizeGreaterThan(before.size());
        try (Spool now = Spool.open(dir.resolve("spool"), 8 << 20)) {
            List<SpoolRecord> after = now.pending();
            assertThat(after.subList(0, before.size())).containsExactlyElementsOf(before);
            assertThat(after.subList(before.size(), after.size()))
                    .allSatisfy(r -> assertThat(seq(r.sealed())).isGreaterThan(1024).isGreaterThan(oldestSeqLeft));
        }
    }

    @Test
    void damagedSpoolSeqAndEpoch_neverStopTheStart_eachCountedAsAFault() throws Exception {
        copyFixture();
        Files.writeString(dir.resolve("state/boot-epoch"), "not a counter\n");
        Files.writeString(dir.resolve("state/seq-9fc2e559.state"), "telo-seq v1 ?\n");
        Files.write(dir.resolve("spool/spool.seg"), new byte[23]);

        FakeClock clock = new FakeClock(Instant.parse("2026-12-02T19:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(AgentPipelineTest.config(dir), clock.agentClock(),
                new SecureRandom());
        assertThat(counter(agent, "state.recovered")).isEqualTo(2);
        assertThat(counter(agent, "spool.moved_aside")).isEqualTo(1);
        agent.shutdown(Duration.ZERO);
        assertThat(dir.resolve("state/boot-epoch.unreadable")).exists();
        assertThat(dir.resolve("state/seq-9fc2e559.state.unreadable")).exists();
        assertThat(dir.resolve("spool/spool.seg.unreadable")).exists();
        com.ooma.telo.agent.seal.EnvelopeOpener newKey = com.ooma.telo.agent.seal.EnvelopeOpener.load(
                dir.resolve("be/backend-kem.pem"), dir.resolve("dev/device-signing.pub.pem"), clock);
        try (Spool spool = Spool.open(dir.resolve("spool"), 8 << 20)) {
            List<SpoolRecord> left = spool.pending();
            assertThat(left.get(0).channel()).as("the announcement of the fresh key goes first").isEqualTo("state");
            assertThat(seq(left.get(0).sealed())).as("under the old key's last seq").isEqualTo(Long.MAX_VALUE);
            assertThat(left.subList(1, left.size())).isNotEmpty().allSatisfy(r -> assertThat(
                    newKey.open(r.sealed())).isInstanceOf(com.ooma.telo.agent.seal.OpenResult.Opened.class));
        }
    }

    private static long seq(byte[] sealed) {
        return ByteBuffer.wrap(sealed).getLong(OFF_SEQ);
    }

    private void copyFixture() throws Exception {
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path f : files.toList()) {
                Path to = dir.resolve(FIXTURE.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwx------"));
                } else {
                    Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-------"));
                }
            }
        }
    }
}
