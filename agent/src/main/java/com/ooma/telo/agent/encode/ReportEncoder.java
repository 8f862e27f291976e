package com.ooma.telo.agent.encode;

import com.ooma.telo.agent.aggregate.CallKey;
import com.ooma.telo.agent.aggregate.DurationHistogram;
import com.ooma.telo.agent.aggregate.UsageSnapshot;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The encode stage: turns closed windows into deterministic CBOR report payloads (CDDL in docs/wire-format.md).
 * Call counters are listed in a fixed order (direction, disposition, destination) so equal counts give equal bytes.
 */
public final class ReportEncoder {
    /** Report schema version; bumped on any change of field meaning. */
    public static final int SCHEMA_VERSION = 1;

    private final long bootEpoch;
    private final ZoneId zone;

    public ReportEncoder(long bootEpoch, ZoneId zone) {
        this.bootEpoch = bootEpoch;
        this.zone = zone;
    }

    public byte[] usage(UsageSnapshot s) {
        Map<String, Object> r = header("usage", s.window().start().toEpochMilli(), s.window().end().toEpochMilli());
        List<Object> calls = new ArrayList<>();
        s.calls().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(CallKey::direction)
                        .thenComparing(CallKey::disposition).thenComparing(CallKey::destination)))
                .forEach(e -> calls.add(Map.of(
                        "dir", e.getKey().direction().label(),
                        "disp", e.getKey().disposition().label(),
                        "dest", e.getKey().destination().label(),
                        "n", e.getValue())));
        r.put("calls", calls);
        r.put("duration", histogram(s.duration()));
        return DeterministicCbor.encode(r);
    }

    /** Health: the agent's own counters since boot (all non-personal), by name. */
    public byte[] health(long startMs, long endMs, SortedMap<String, Long> counters) {
        Map<String, Object> r = header("health", startMs, endMs);
        r.put("counters", new LinkedHashMap<>(counters));
        return DeterministicCbor.encode(r);
    }

    private Map<String, Object> header(String kind, long startMs, long endMs) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("v", SCHEMA_VERSION);
        r.put("kind", kind);
        r.put("boot", bootEpoch);
        r.put("start", startMs);
        r.put("end", endMs);
        r.put("tz", zone.getId());
        return r;
    }

    private static Map<String, Object> histogram(DurationHistogram.Snapshot h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bounds_s", h.boundsS());
        m.put("counts", h.counts());
        m.put("n", h.n());
        if (h.sumS() != null) {
            m.put("sum_s", h.sumS());
        }
        return m;
    }
}
