package com.ooma.telo.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.simulator.collector.ReportOpener;
import com.ooma.telo.simulator.collector.RunKeys;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.play.HubScripts;
import com.ooma.telo.simulator.scenario.Scenario;
import com.ooma.telo.simulator.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire measurement counts what the agent really sent: the last simulated hour before midnight at shipped
 * intervals (four health reports, the day's usage report) through the counting proxy, every topic seen with bytes,
 * and the total the bench prints is exactly what crossed the connection.
 */
class WireDayTest {
    @TempDir
    Path dir;

    @Test
    void lastHourBeforeMidnight_countEveryTopic_andTheTotalIsTheSumOverMessages() throws Exception {
        Scenario s = ScenarioLoader.builtIn("normal-week").withDays(1);
        List<PlayedEvent> events = HubScripts.write(s, 1, 0).playable(false);
        RunKeys keys = ReportOpener.generateKeys(dir);
        Instant midnight = Instant.ofEpochMilli(s.endMs());

        WireDay.Result r = WireDay.run(dir, keys, s.timezone(), "full", midnight.minus(Duration.ofHours(1)),
                midnight, events);

        WireTally t = r.tally();
        assertThat(r.healthReports()).isEqualTo(4);
        assertThat(r.usageReports()).isEqualTo(1);
        assertThat(t.publishesByChannel()).containsOnlyKeys("health", "usage", "state");
        assertThat(t.publishesByChannel().get("health").messages()).isEqualTo(4);
        assertThat(t.publishesByChannel().get("usage").messages()).isEqualTo(1);
        assertThat(t.publishesByChannel().values()).allSatisfy(c -> assertThat(c.bytes()).isPositive());
        // What the proxy counted on the connection is the sum over the packets it cut it into.
        assertThat(t.rawBytes()).isEqualTo(t.total() + t.pingBytesSeen());
        // The health reports open as the backend opens them, so their bytes can be put to their metrics.
        assertThat(r.healthComposition()).containsKeys(ReportComposition.ENVELOPE, ReportComposition.COMMON)
                .doesNotContainKey("(not opened)");
        assertThat(t.byType().values().stream().mapToLong(WireTally.Count::bytes).sum()).isEqualTo(t.total());
    }
}
