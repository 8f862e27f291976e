package com.ooma.telo.agent.encode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.agent.aggregate.CallKey;
import com.ooma.telo.agent.aggregate.DurationHistogram;
import com.ooma.telo.agent.aggregate.ReportWindow;
import com.ooma.telo.agent.aggregate.UsageSnapshot;
import com.ooma.telo.agent.event.CallRecord.Direction;
import com.ooma.telo.agent.event.CallRecord.Disposition;
import com.ooma.telo.agent.event.DestinationClass;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReportEncoderTest {
    private final ReportEncoder encoder = new ReportEncoder(7, ZoneId.of("America/Chicago"));
    private final ReportWindow window = new ReportWindow(Instant.ofEpochMilli(1000), Instant.ofEpochMilli(2000));
    private final DurationHistogram.Snapshot hist = new DurationHistogram.Snapshot(DurationHistogram.BOUNDS_S,
            List.of(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), 1, null);

    @Test
    void usage_carriesKindSchemaBootWindowAndCounters() throws Exception {
        UsageSnapshot s = new UsageSnapshot(window, Map.of(
                new CallKey(Direction.OUTBOUND, Disposition.BUSY, DestinationClass.TOLL_FREE), 1L,
                new CallKey(Direction.INBOUND, Disposition.ANSWERED, DestinationClass.INTERNATIONAL_ZONE_4), 2L),
                hist);
        JsonNode r = new CBORMapper().readTree(encoder.usage(s));

        assertThat(r.get("v").asInt()).isEqualTo(ReportEncoder.SCHEMA_VERSION);
        assertThat(r.get("kind").asText()).isEqualTo("usage");
        assertThat(r.get("boot").asLong()).isEqualTo(7);
        assertThat(r.get("start").asLong()).isEqualTo(1000);
        assertThat(r.get("end").asLong()).isEqualTo(2000);
        assertThat(r.get("tz").asText()).isEqualTo("America/Chicago");
        assertThat(r.get("calls").toString()).isEqualTo(
                "[{\"n\":2,\"dir\":\"inbound\",\"dest\":\"international_zone_4\",\"disp\":\"answered\"},"
                + "{\"n\":1,\"dir\":\"outbound\",\"dest\":\"toll_free\",\"disp\":\"busy\"}]");
        assertThat(r.get("duration").has("sum_s")).as("sum withheld with one sample").isFalse();
        assertThat(r.get("duration").get("n").asLong()).isEqualTo(1);
    }

    @Test
    void usage_isDeterministic_whateverTheMapOrder() {
        java.util.LinkedHashMap<CallKey, Long> forward = new java.util.LinkedHashMap<>();
        java.util.LinkedHashMap<CallKey, Long> backward = new java.util.LinkedHashMap<>();
        DestinationClass[] all = DestinationClass.values();
        for (int i = 0; i < all.length; i++) {
            forward.put(new CallKey(Direction.INBOUND, Disposition.ANSWERED, all[i]), (long) i + 1);
            DestinationClass d = all[all.length - 1 - i];
            backward.put(new CallKey(Direction.INBOUND, Disposition.ANSWERED, d), (long) d.ordinal() + 1);
        }
        assertThat(encoder.usage(new UsageSnapshot(window, forward, hist)))
                .isEqualTo(encoder.usage(new UsageSnapshot(window, backward, hist)));
    }

    @Test
    void health_carriesCountersByName() throws Exception {
        TreeMap<String, Long> counters = new TreeMap<>(Map.of("ingest.accepted", 12L, "ingest.malformed", 1L));
        JsonNode r = new CBORMapper().readTree(encoder.health(1000, 2000, counters));
        assertThat(r.get("kind").asText()).isEqualTo("health");
        assertThat(r.get("counters").get("ingest.accepted").asLong()).isEqualTo(12);
    }
}
