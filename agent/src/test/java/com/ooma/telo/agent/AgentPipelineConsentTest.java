package com.ooma.telo.agent;

import com.ooma.telo.agent.testing.Bytes;

import static com.ooma.telo.agent.AgentPipelineTest.await;
import static com.ooma.telo.agent.AgentPipelineTest.counter;
import static com.ooma.telo.agent.AgentPipelineTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.spool.Spool;
import com.ooma.telo.agent.spool.SpoolRecord;
import com.ooma.telo.agent.testing.FakeClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consent changes take effect at once, in memory and on flash. */
class AgentPipelineConsentTest {
    private static final String CALL = "{\"type\":\"call.ended\",\"ts\":1,\"direction\":\"inbound\","
            + "\"disposition\":\"answered\",\"remote_number\":\"+1 650 555 0142\",\"duration_ms\":60000}";

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-26T12:00:00Z"));


    private List<SpoolRecord> spooledCopy(String name) throws Exception {
        Path copy = Files.createDirectories(dir.resolve(name));
        Files.copy(dir.resolve("spool/spool.seg"), copy.resolve("spool.seg"));
        try (Spool s = Spool.open(copy, 8 << 20)) {
            return s.pending();
        }
    }

    @Test
    void downgradeToEssential_purgesUsageFromTheSpoolBytes_andFromMemory() throws Exception {
        AgentPipeline agent = AgentPipeline.start(AgentPipelineTest.config(dir), clock.agentClock(), new SecureRandom());
        send(agent, Collections.nCopies(5, CALL));
        await("calls counted", () -> counter(agent, "calls_counted") == 5);
        clock.advance(Duration.ofDays(1)); // the day's usage (and a health report) go to the spool
        await("usage spooled", () -> counter(agent, "reports_spooled.usage") == 1);
        send(agent, Collections.nCopies(3, CALL)); // held in the new day's open window
        await("calls counted", () -> counter(agent, "calls_counted") == 8);
        SpoolRecord usage = spooledCopy("before").stream().filter(r -> r.channel().equals("usage"))
                .findFirst().orElseThrow();
        byte[] signature = Arrays.copyOfRange(usage.sealed(), usage.sealed().length - 64, usage.sealed().length);
        assertThat(Bytes.contains(Files.readAllBytes(dir.resolve("spool/spool.seg")), signature)).isTrue();

        agent.setConsent(ConsentLevel.ESSENTIAL);

        byte[] after = Files.readAllBytes(dir.resolve("spool/spool.seg"));
        assertThat(Bytes.contains(after, signature)).as("the purged usage report's bytes").isFalse();
        assertThat(Bytes.contains(after, "usage".getBytes())).as("any usage frame").isFalse();
        assertThat(spooledCopy("after")).isNotEmpty().allMatch(r -> r.channel().equals("health"));
        assertThat(agent.counters()).containsEntry("reports_purged.usage", 1L);

        agent.setConsent(ConsentLevel.FULL);
        agent.shutdown(Duration.ZERO);
        List<AgentPipelineTest.Opened> reports = AgentPipelineTest.openSpool(dir, clock);
        assertThat(reports).filteredOn(r -> r.channel().equals("usage")).singleElement()
                .satisfies(r -> assertThat(r.report().get("calls").isEmpty())
                        .as("the 3 calls held in memory were purged too").isTrue());
    }

    @Test
    void consentOff_collectsAndPublishesNothing() throws Exception {
        AgentPipeline agent = AgentPipeline.start(AgentPipelineTest.config(dir, "consent.level=off"), clock.agentClock(),
                new SecureRandom());
        send(agent, Collections.nCopies(4, CALL));
        await("events ignored", () -> counter(agent, "events_ignored.consent") == 4);
        clock.advance(Duration.ofDays(1));
        agent.shutdown(Duration.ZERO);
        try (Spool s = Spool.open(dir.resolve("spool"), 8 << 20)) {
            assertThat(s.pending()).isEmpty();
        }
    }

    @Test
    void consentLoweredInTheConfig_purgesWhatTheLastRunLeft() throws Exception {
        AgentPipeline first = AgentPipeline.start(AgentPipelineTest.config(dir), clock.agentClock(), new SecureRandom());
        send(first, Collections.nCopies(2, CALL));
        await("calls counted", () -> counter(first, "calls_counted") == 2);
        first.shutdown(Duration.ZERO); // no broker: the usage report stays spooled
        assertThat(spooledCopy("before")).anyMatch(r -> r.channel().equals("usage"));

        AgentPipeline second = AgentPipeline.start(AgentPipelineTest.config(dir, "consent.level=essential"), clock.agentClock(),
                new SecureRandom());
        assertThat(Bytes.contains(Files.readAllBytes(dir.resolve("spool/spool.seg")), "usage".getBytes()))
                .as("a usage frame in the spool").isFalse();
        assertThat(second.counters()).containsEntry("reports_purged.usage", 1L);
        second.shutdown(Duration.ZERO);
        assertThat(spooledCopy("after")).isNotEmpty().allMatch(r -> r.channel().equals("health"));
    }
}
