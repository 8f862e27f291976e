package com.ooma.telo.agent.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.aggregate.Channel;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricWindows;
import com.ooma.telo.agent.aggregate.ReportWindow;
import com.ooma.telo.agent.aggregate.Series;
import com.ooma.telo.agent.aggregate.WindowSchedule;
import com.ooma.telo.agent.aggregate.WindowSnapshot;
import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.event.RedactedEvent;
import com.ooma.telo.agent.testing.FakeClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinylog.Logger;

class WindowCheckpointTest {
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-26T08:00:00Z")); // local midnight
    private MetricWindows windows() {
        return new MetricWindows(new WindowSchedule(Duration.ofMinutes(15), LA),
                new WindowSchedule(Duration.ofDays(1), LA), clock, ConsentLevel.FULL);
    }

    private static final RedactedEvent CALL = new RedactedEvent("call.ended", Map.of("direction", "inbound",
            "disposition", "answered", "remote_number", "domestic", "duration_ms", 95L, "sip_code", "2xx"));

    @Test
    void writeThenRead_givesBackTheSameWindows() {
        MetricWindows w = windows();
        w.accept(CALL);
        w.accept(CALL);
        w.record(Metric.DECT_RSSI, -70);
        WindowCheckpoint cp = new WindowCheckpoint(dir, clock::nanos);
        cp.write(w.open());
        assertThat(cp.read()).isEqualTo(w.open());
        assertThat(dir.resolve(WindowCheckpoint.FILE + ".tmp")).doesNotExist();
    }

    @Test
    void damagedFile_isIgnoredAndCounted_notFatal() throws Exception {
        MetricWindows w = windows();
        w.accept(CALL);
        WindowCheckpoint cp = new WindowCheckpoint(dir, clock::nanos);
        cp.write(w.open());
        byte[] bytes = Files.readAllBytes(dir.resolve(WindowCheckpoint.FILE));
        bytes[bytes.length / 2] ^= 1;
        Files.write(dir.resolve(WindowCheckpoint.FILE), bytes);
        assertThat(cp.read()).isEmpty();
        assertThat(cp.failures()).isEqualTo(1);
        Files.write(dir.resolve(WindowCheckpoint.FILE), new byte[0]);
        assertThat(cp.read()).isEmpty();
    }

    @Test
    void unknownMetric_isDroppedOnRead_andCounted() throws Exception {
        WindowCheckpoint cp = new WindowCheckpoint(dir, clock::nanos);
        ReportWindow win = new ReportWindow(clock.instant(), clock.instant().plusSeconds(60));
        cp.write(List.of(new WindowSnapshot(Channel.HEALTH, win,
                List.of(new Series(Metric.EVENTS_IN, List.of(), List.of(3L))))));
        byte[] bytes = Files.readAllBytes(dir.resolve(WindowCheckpoint.FILE));
        String renamed = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("agent.events_in", "agent.events_ix");
        byte[] edited = renamed.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(edited, 0, edited.length - 4);
        java.nio.ByteBuffer.wrap(edited, edited.length - 4, 4).putInt((int) crc.getValue());
        Files.write(dir.resolve(WindowCheckpoint.FILE), edited);
        assertThat(cp.read()).singleElement().satisfies(w -> assertThat(w.series()).isEmpty());
        assertThat(cp.unknownSeries()).isEqualTo(1);
    }

    @Test
    void changes_areWrittenAtMostOnceASecond_andOnlyWhenSomethingChanged() {
        WindowCheckpoint cp = new WindowCheckpoint(dir, clock::nanos);
        MetricWindows w = windows();
        for (int i = 0; i < 10; i++) { // ten events within one second
            w.accept(CALL);
            cp.maybeWrite(w.takeDirty(), w::open);
            clock.advance(Duration.ofMillis(100));
        }
        assertThat(cp.writes()).isEqualTo(1);
        cp.maybeWrite(w.takeDirty(), w::open);
        assertThat(cp.writes()).as("the last events, a second later").isEqualTo(2);
        clock.advance(Duration.ofSeconds(5));
        cp.maybeWrite(w.takeDirty(), w::open);
        assertThat(cp.writes()).as("nothing changed").isEqualTo(2);
        assertThat(cp.read().get(1).of(Metric.CALLS).get(0).n()).isEqualTo(10);
    }

    /**
     * A busy household day as the hub reports it (docs/ingest-protocol.md cadences): 12 calls (setup, end and
     * quality each), SIP re-registration every 10 minutes, a resource sample every 5 minutes, RTT probes and DECT
     * link samples, one WAN outage. Measures the fsyncs the checkpoint costs; the design's budget (docs/design.md §5)
     * for everything is about 1,000 a day, and the spool takes about 100 of them.
     */
    @Test
    void householdDay_costsFewerThan400CheckpointFsyncs() {
        WindowCheckpoint cp = new WindowCheckpoint(dir, clock::nanos);
        MetricWindows w = windows();
        for (int s = 0; s < 86_400; s++) {
            if (s % 600 == 17) {
                w.accept(new RedactedEvent("sip.register", Map.of("response_code", "2xx", "latency_ms", 90L)));
            }
            if (s % 300 == 3) {
                w.accept(new RedactedEvent("system.resources", Map.of("cpu_pct", 12L, "storage_writes_kb", 40L,
                        "firmware", "7.1.0")));
                w.accept(new RedactedEvent("network.rtt", Map.of("rtt_ms", 40L)));
                w.accept(new RedactedEvent("dect.link", Map.of("rssi_dbm", -65L)));
            }
            if (s % 5400 == 1200 && s > 30_000) { // 12 calls between 08:20 and 23:00
                w.accept(new RedactedEvent("call.setup", Map.of("direction", "inbound", "post_dial_delay_ms", 900L)));
                w.accept(CALL);
                w.accept(new RedactedEvent("call.quality", Map.of("codec", "g711", "mos_lq", 420L)));
            }
            if (s == 50_000 || s == 50_120) {
                w.accept(new RedactedEvent("network.wan", Map.of("state", s == 50_000 ? "down" : "up")));
            }
            w.closeDue();
            for (int tick = 0; tick < 10; tick++) { // the worker wakes every 100 ms
                cp.maybeWrite(w.takeDirty(), w::open);
                clock.advance(Duration.ofMillis(100));
            }
        }
        Logger.info("checkpoint fsyncs for a household day: {}", cp.writes());
        assertThat(cp.writes()).isBetween(96L, 400L);
    }
}
