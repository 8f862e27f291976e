package com.ooma.telo.simulator.hil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.simulator.collector.OpenedReport;
import com.ooma.telo.simulator.event.PlayedEvent;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricOracleTest {
    private static OpenedReport report(String json) throws Exception {
        return new OpenedReport(null, "00", 1, 0, new byte[0], new ObjectMapper().readTree(json));
    }

    @Test
    void counted_addsCountersRowsAndDistributionSamples_acrossReports_absentIsZero() throws Exception {
        Map<String, Long> expected = Map.of("calls", 0L, "call.forwarded", 0L, "call.duration_s", 0L);
        Map<String, Long> counted = MetricOracle.counted(List.of(
                report("{\"calls\":[{\"n\":2},{\"n\":1}],\"call.forwarded\":3,\"call.duration_s\":{\"n\":4}}"),
                report("{\"calls\":[{\"n\":5}]}")), expected);
        assertThat(counted).containsEntry("calls", 8L).containsEntry("call.forwarded", 3L)
                .containsEntry("call.duration_s", 4L);
    }

    @Test
    void expected_countsWhatThePlayedEventsMakeOfEachMetric() {
        PlayedEvent call = new PlayedEvent("call.ended", 1_764_170_000_000L, Map.of("direction", "outbound",
                "remote_number", "(650) 555-0142", "disposition", "answered", "started_at", 1_764_169_000_000L,
                "duration_ms", 65_000));
        Map<String, Long> n = MetricOracle.expected(List.of(call, call), ZoneOffset.UTC, false);
        assertThat(n).containsEntry("calls", 2L).containsEntry("call.duration_s", 2L);
        assertThat(n).doesNotContainKey("call.distinct_callers").doesNotContainKey("system.cpu_pct");
        assertThat(MetricOracle.additive(Metric.CALLS, true)).as("noised under local DP: not exact").isFalse();
    }
}
