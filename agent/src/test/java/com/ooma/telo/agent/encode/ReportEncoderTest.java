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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
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
    void health_carriesOnlyMetricsThatRecordedSomething_absentMeansZero() throws Exception {
        List<Long> noSamples = Collections.nCopies(5, 0L); // a quantity's cells: n, sum, min, max, last
        JsonNode r = read(encoder.health(new WindowSnapshot(Channel.HEALTH, window, List.of(
                new Series(Metric.EVENTS_IN, List.of(), List.of(12L)),
                new Series(Metric.CPU, List.of(), noSamples),
                new Series(Metric.REBOOTS, List.of("watchdog"), List.of(0L))))));
        assertThat(r.get("kind").asText()).isEqualTo("health");
        assertThat(r.get("v").asInt()).isEqualTo(4);
        assertThat(r.get("agent.events_in").asLong()).isEqualTo(12);
        assertThat(r.has("system.cpu_pct")).as("a quantity without samples").isFalse();
        assertThat(r.has("system.reboots")).as("a labelled metric whose entries are all zero").isFalse();
        assertThat(r.has("pad")).as("health is not padded").isFalse();
        assertThat(fieldNames(r)).containsExactlyInAnyOrder("v", "kind", "reg", "boot", "start", "end", "tz",
                "agent.events_in");
    }

    @Test
    void health_ofAnIdleWindow_isTheHeaderAlone() throws Exception {
        byte[] idle = encoder.health(new WindowSnapshot(Channel.HEALTH, window, List.of()));
        assertThat(fieldNames(read(idle))).containsExactlyInAnyOrder("v", "kind", "reg", "boot", "start", "end", "tz");
        assertThat(idle).hasSize(GOLDEN_HEADER_BYTES);
    }

    @Test
    void health_everyKindOfMetricWithASample_isWrittenInItsFullShape() throws Exception {
        List<Series> one = new ArrayList<>();
        for (Metric m : MetricRegistry.of(Channel.HEALTH)) {
            List<Long> cells = new ArrayList<>(Collections.nCopies(m.def().cells(), 0L));
            cells.set(0, 1L);
            List<String> labels = m.def().labels().stream().map(l -> l.values().get(0)).toList();
            one.add(new Series(m, labels, cells));
        }
        JsonNode r = read(encoder.health(new WindowSnapshot(Channel.HEALTH, window, one)));
        for (Metric m : MetricRegistry.of(Channel.HEALTH)) {
            JsonNode v = r.get(m.def().name());
            assertThat(v).as(m.def().name()).isNotNull();
            JsonNode n = v.isArray() ? v.get(0).get("n") : v.isObject() ? v.get("n") : v;
            assertThat(n.asLong()).as(m.def().name()).isEqualTo(1);
        }
    }

    /** Bytes of the golden report below without its last metric: the header every health report carries. */
    private static final int GOLDEN_HEADER_BYTES = 1 + 2 + 1 + 3 + 16 + 4 + 3 + 4 + 2 + 32 + 5 + 1 + 5 + 7 + 6 + 3;

    /**
     * Golden bytes of a schema-4 health report with one metric (deterministic CBOR, keys in canonical order:
     * shorter first, then bytewise). The registry hash is spliced in, so the test pins the layout, not the registry.
     */
    @Test
    void health_goldenBytes() {
        HexFormat hex = HexFormat.of();
        byte[] expected = concat(
                hex.parseHex("a8"),                                   // map of 8 pairs
                hex.parseHex("6176" + "04"),                          // "v": 4 (schema version)
                hex.parseHex("62747a" + "6f"),                        // "tz": text(15)
                "America/Chicago".getBytes(StandardCharsets.US_ASCII),
                hex.parseHex("63656e64" + "1907d0"),                  // "end": 2000 (window end, Unix ms)
                hex.parseHex("637265675820"),                         // "reg": bytes(32)
                MetricRegistry.hash(),                                //   the registry hash
                hex.parseHex("64626f6f74" + "07"),                    // "boot": 7 (boot epoch)
                hex.parseHex("646b696e64" + "66"),                    // "kind": text(6)
                "health".getBytes(StandardCharsets.US_ASCII),
                hex.parseHex("657374617274" + "1903e8"),              // "start": 1000 (window start, Unix ms)
                hex.parseHex("6f"),                                   // text(15): the one metric present
                "agent.events_in".getBytes(StandardCharsets.US_ASCII),
                hex.parseHex("0c"));                                  //   12 events
        byte[] actual = encoder.health(new WindowSnapshot(Channel.HEALTH, window, List.of(
                new Series(Metric.EVENTS_IN, List.of(), List.of(12L)))));
        assertThat(hex.formatHex(actual)).isEqualTo(hex.formatHex(expected));
        assertThat(actual.length - 17).isEqualTo(GOLDEN_HEADER_BYTES);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static List<String> fieldNames(JsonNode r) {
        List<String> names = new ArrayList<>();
        r.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
