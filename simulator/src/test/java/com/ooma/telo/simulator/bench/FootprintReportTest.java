package com.ooma.telo.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code --json FILE} carries every figure the text shows, under stable names; a package not built is null. */
class FootprintReportTest {

    static Footprint sample() {
        ProcMemory idle = new ProcMemory(72_396, 68_211, 72_396, "smaps_rollup");
        ProcMemory busy = new ProcMemory(73_000, 69_000, 73_000, "smaps_rollup");
        ProcMemory after = new ProcMemory(85_000, 80_000, 90_000, "smaps_rollup");
        Instant midnight = Instant.parse("2026-03-03T08:00:00Z");
        WireTally t = WireTally.of(List.of(
                new MqttPacket(true, MqttPacket.CONNECT, null, -1, 420, midnight.toEpochMilli() - 86_400_000),
                new MqttPacket(true, MqttPacket.PUBLISH, "health", 1, 400, midnight.toEpochMilli()),
                new MqttPacket(false, MqttPacket.PUBACK, null, 1, 4, midnight.toEpochMilli())), 824);
        WireDay.Result wire = new WireDay.Result("full", WireDay.SHIPPED_HEALTH, midnight.minusSeconds(86_400), midnight, t, 1, 0,
                Map.of("net.rtt_ms", 120L, ReportComposition.COMMON, 90L));
        Map<String, Optional<Long>> packages = new LinkedHashMap<>();
        packages.put("agent_jar", Optional.of(16_000_000L));
        packages.put("deb", Optional.empty());
        ProcMemory floor = new ProcMemory(34_000, 30_000, 34_000, "smaps_rollup");
        return new Footprint(List.of("-Xmx32m"), "jvm.flags", new Footprint.Memory(idle, busy, after, floor),
                new Footprint.Start(900, 1_100), new Footprint.Burst(20_000, 20_000, 0, 2.0),
                new Footprint.Cpu(900, 20.0, 0.2, 21.0, 1.21), List.of(wire), packages);
    }

    @Test
    void json_hasEveryFigure() throws Exception {
        JsonNode j = new ObjectMapper().readTree(FootprintReport.json(sample()).toString());

        assertThat(j.at("/memory_kib/idle/rss").asLong()).isEqualTo(72_396);
        assertThat(j.at("/memory_kib/idle/pss").asLong()).isEqualTo(68_211);
        assertThat(j.at("/memory_kib/busy_household/rss").asLong()).isEqualTo(73_000);
        assertThat(j.at("/memory_kib/after_burst/pss").asLong()).isEqualTo(80_000);
        assertThat(j.at("/memory_kib/peak_rss").asLong()).isEqualTo(90_000);
        assertThat(j.at("/memory_kib/idle_jvm_floor/rss").asLong()).isEqualTo(34_000);
        assertThat(j.at("/start_ms/ready").asLong()).isEqualTo(900);
        assertThat(j.at("/start_ms/first_publish").asLong()).isEqualTo(1_100);
        assertThat(j.at("/burst/dropped_queue_full").asLong()).isZero();
        assertThat(j.at("/burst/events_per_s").asDouble()).isEqualTo(10_000.0);
        assertThat(j.at("/cpu/cpu_s_per_household_day").asDouble()).isCloseTo(1.0, within(1e-9));
        JsonNode w = j.at("/wire/0");
        assertThat(w.get("consent").asText()).isEqualTo("full");
        assertThat(w.get("simulated_hours").asDouble()).isEqualTo(24.0);
        assertThat(w.get("health_interval").asText()).isEqualTo("PT15M");
        assertThat(w.at("/topics/health/messages").asLong()).isEqualTo(1);
        assertThat(w.at("/packet_types/PUBACK health/bytes").asLong()).isEqualTo(4);
        assertThat(w.get("mqtt_bytes").asLong()).isEqualTo(824);
        assertThat(w.at("/health_bytes_by_entry/net.rtt_ms").asLong()).isEqualTo(120);
        assertThat(w.at("/keepalive/interval_s").asLong()).isEqualTo(60);
        // 24 h of silence after one report: one ping a minute, four bytes each way in all.
        assertThat(w.at("/keepalive/pings").asLong()).isEqualTo(1_439);
        assertThat(w.get("mqtt_bytes_with_keepalive").asLong()).isEqualTo(824 + 4 * w.at("/keepalive/pings").asLong());
        assertThat(w.get("total_bytes_estimate_tls").asLong())
                .isGreaterThan(w.get("total_bytes_estimate_tcp").asLong());
        assertThat(j.at("/packages_bytes/agent_jar").asLong()).isEqualTo(16_000_000L);
        assertThat(j.at("/packages_bytes/deb").isNull()).isTrue();
    }

    @Test
    void text_namesEachFigure_andEndsWithTheSummaryLine() {
        StringWriter s = new StringWriter();
        FootprintReport.text(sample(), new PrintWriter(s));

        assertThat(s.toString()).contains("idle after the first reports", "peak (VmHWM)", "floor: an idle JVM",
                "first PUBLISH",
                "CPU s", "topic telo/v1/<device>/health", "MQTT level: 824 bytes", "deb=not built",
                "agent_jar=16,000,000 bytes");
        assertThat(s.toString().strip()).endsWith(FootprintReport.summary(sample()));
    }

    @Test
    void packageSizes_notBuilt_inAnEmptyFolder(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertThat(PackageSizes.under(dir)).containsOnlyKeys(PackageSizes.WANTED.keySet())
                .allSatisfy((k, v) -> assertThat(v).isEmpty());
    }
}
