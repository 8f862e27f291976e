package com.ooma.telo.agent.encode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.agent.aggregate.Channel;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricRegistry;
import com.ooma.telo.agent.aggregate.ReportWindow;
import com.ooma.telo.agent.aggregate.Series;
import com.ooma.telo.agent.aggregate.WindowSnapshot;
import com.ooma.telo.agent.event.Labels;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportEncoderTest {
    private final ReportEncoder encoder = new ReportEncoder(7, ZoneId.of("America/Chicago"));
    private final ReportWindow window = new ReportWindow(Instant.ofEpochMilli(1000), Instant.ofEpochMilli(2000));

    private static Series calls(String dir, String disp, String dest, long n) {
        return new Series(Metric.CALLS, List.of(dir, disp, dest), List.of(n));
    }

    private static Series durations(long n, long sum) {
        List<Long> cells = new ArrayList<>(List.of(n, sum));
        cells.addAll(Collections.nCopies(9, 0L));
        cells.set(2 + 4, n); // all in the 120..300 s bucket
        return new Series(Metric.CALL_DURATION, List.of(), cells);
    }

    private JsonNode read(byte[] cbor) throws Exception {
        return new CBORMapper().readTree(cbor);
    }

    @Test
    void usage_carriesKindSchemaRegistryBootWindowAndCallsInTheCollectorsShape() throws Exception {
        JsonNode r = read(encoder.usage(new WindowSnapshot(Channel.USAGE, window, List.of(
                calls("inbound", "answered", "international_zone_4", 2),
                calls("outbound", "busy", "toll_free", 1))), 0));

        assertThat(r.get("v").asInt()).isEqualTo(ReportEncoder.SCHEMA_VERSION);
        assertThat(r.get("kind").asText()).isEqualTo("usage");
        assertThat(r.get("reg").binaryValue()).isEqualTo(MetricRegistry.hash());
        assertThat(r.get("boot").asLong()).isEqualTo(7);
        assertThat(r.get("start").asLong()).isEqualTo(1000);
        assertThat(r.get("end").asLong()).isEqualTo(2000);
        assertThat(r.get("tz").asText()).isEqualTo("America/Chicago");
        // canonical key order: shorter first, then bytewise ("dest" before "disp")
        assertThat(r.get("calls").toString()).isEqualTo(
                "[{\"n\":2,\"dir\":\"inbound\",\"dest\":\"international_zone_4\",\"disp\":\"answered\"},"
                + "{\"n\":1,\"dir\":\"outbound\",\"dest\":\"toll_free\",\"disp\":\"busy\"}]");
        for (Metric m : MetricRegistry.of(Channel.USAGE)) {
            assertThat(r.has(m.def().name())).as(m.def().name()).isTrue();
        }
    }

    @Test
    void distributionSum_isWithheldBelowFiveSamples() throws Exception {
        JsonNode four = read(encoder.usage(new WindowSnapshot(Channel.USAGE, window, List.of(durations(4, 800))), 0));
        JsonNode five = read(encoder.usage(new WindowSnapshot(Channel.USAGE, window, List.of(durations(5, 1000))), 0));
        assertThat(four.get("call.duration_s").get("n").asLong()).isEqualTo(4);
        assertThat(four.get("call.duration_s").has("sum")).isFalse();
        assertThat(five.get("call.duration_s").get("sum").asLong()).isEqualTo(1000);
    }

    /** A very busy household day: 60 distinct call kinds, calls in every hour, every identity header seen. */
    private static List<Series> busyDay() {
        List<Series> busy = new ArrayList<>();
        int kinds = 0;
        for (String dest : Labels.DESTINATIONS) {
            for (String disp : Labels.DISPOSITIONS) {
                for (String dir : Labels.DIRECTIONS) {
                    if (kinds++ < 60) {
                        busy.add(calls(dir, disp, dest, 1_000 + kinds));
                    }
                }
            }
        }
        busy.add(durations(5000, 3_000_000));
        Labels.HOURS.forEach(h -> busy.add(new Series(Metric.CALL_HOUR, List.of(h), List.of(300L))));
        for (String header : Labels.IDENTITY_HEADERS) {
            for (String state : Labels.IDENTITY_STATES) {
                busy.add(new Series(Metric.CALL_IDENTITY, List.of(header, state), List.of(2_000L)));
            }
        }
        Labels.CALLER_ID.forEach(c -> busy.add(new Series(Metric.CALLER_ID, List.of(c), List.of(700L))));
        busy.add(new Series(Metric.DISTINCT_CALLERS, List.of(), List.of(900L)));
        return busy;
    }

    @Test
    void usage_emptyDayAndBusyDay_haveTheSameLength() {
        byte[] empty = encoder.usage(new WindowSnapshot(Channel.USAGE, window, List.of()), 0);
        byte[] busy = encoder.usage(new WindowSnapshot(Channel.USAGE, window, busyDay()), 123_456);
        assertThat(busy.length).isEqualTo(empty.length).isEqualTo(ReportEncoder.usageBytes());
    }

    @Test
    void usage_tooLargeForTheFixedSize_takesTheNextMultiple() {
        List<Series> every = new ArrayList<>();
        for (List<String> kind : Metric.CALLS.def().labelCombinations()) {
            every.add(new Series(Metric.CALLS, kind, List.of(1L)));
        }
        byte[] r = encoder.usage(new WindowSnapshot(Channel.USAGE, window, every), 0);
        assertThat(r.length % ReportEncoder.usageBytes()).isZero();
        assertThat(r.length).isGreaterThan(ReportEncoder.usageBytes());
    }

    @Test
    void health_listsEveryHealthMetric_emptyOrNot() throws Exception {
        JsonNode r = read(encoder.health(new WindowSnapshot(Channel.HEALTH, window, List.of(
                new Series(Metric.EVENTS_IN, List.of(), List.of(12L))))));
        assertThat(r.get("kind").asText()).isEqualTo("health");
        assertThat(r.get("agent.events_in").asLong()).isEqualTo(12);
        assertThat(r.get("system.cpu_pct").get("n").asLong()).isZero();
        assertThat(r.has("pad")).as("health is not padded").isFalse();
        for (Metric m : MetricRegistry.of(Channel.HEALTH)) {
            assertThat(r.has(m.def().name())).as(m.def().name()).isTrue();
        }
    }
}
