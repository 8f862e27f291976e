package com.ooma.telo.agent.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Snapshots and sources for the status tests: one device counter, one call counter, both reports. */
final class StatusFixtures {
    static final String USAGE_MARK = "usage-report-body";
    static final String HEALTH_MARK = "health-report-body";

    private StatusFixtures() {}

    /** A source answering {@code json} on /status and {@link #snapshot} on the rest. */
    static StatusSource source(String json, View fixed) {
        return new StatusSource() {
            @Override
            public String json(View view) {
                return json;
            }

            @Override
            public StatusSnapshot snapshot(View view) {
                return StatusFixtures.snapshot(view, "ok");
            }
        };
    }

    /** What the agent would build for {@code view} at consent full: call facts only on loopback. */
    static StatusSnapshot snapshot(View view, String health) {
        boolean calls = view.showsCalls(true);
        SortedMap<String, Long> all = new TreeMap<>();
        all.put("ingest.accepted", 120L);
        all.put("ingest.accepted.calls", 20L);
        all.put("calls_counted", 7L);
        all.put("spool.pending", 2L);
        all.put("reports_spooled.health", 3L);
        SortedMap<String, Long> shown = calls ? all : DeviceCounters.of(all);
        List<Long> hourly = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            hourly.add((long) (i % 6) * 10);
        }
        return new StatusSnapshot("00112233445566778899aabbccddeeff", "1.2.3 (commit abc)", Instant.EPOCH,
                Duration.ofMinutes(90), "full", true, Optional.of("refused"), health, shown, shown, hourly,
                Optional.of(new StatusSnapshot.Report(Instant.EPOCH, "{\"kind\":\"" + HEALTH_MARK + "\"}")),
                calls ? Optional.of(new StatusSnapshot.Report(Instant.EPOCH, "{\"kind\":\"" + USAGE_MARK + "\"}"))
                        : Optional.empty(), calls, view);
    }
}
