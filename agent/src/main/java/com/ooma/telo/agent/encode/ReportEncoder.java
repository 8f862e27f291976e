package com.ooma.telo.agent.encode;

import com.ooma.telo.agent.seal.CanonicalCbor;

import com.ooma.telo.agent.aggregate.Channel;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricRegistry;
import com.ooma.telo.agent.aggregate.ReportWindow;
import com.ooma.telo.agent.aggregate.Series;
import com.ooma.telo.agent.aggregate.WindowSnapshot;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The encode stage: turns closed windows into deterministic CBOR report payloads (CDDL in docs/wire-format.md).
 * Every report carries the schema version, the registry hash, the boot epoch and its window. A usage report lists
 * every usage metric and is padded to a fixed size (see {@link Padding}), so its size reveals nothing. A health
 * report lists only the health metrics that recorded something: absent means zero. That is safe because nothing in
 * health is caused by calls (MetricDef refuses a call-caused health metric), so which metrics are present, like the
 * report's size, follows the device, its network and the agent alone. No deltas: each report stands on its own, so
 * a lost report never corrupts the next.
 */
public final class ReportEncoder {
    /**
     * Report schema version; bumped on any change of field meaning. 4: health reports leave out empty metrics
     * (absent = zero). 3: call-caused metrics moved from health to usage.
     */
    public static final int SCHEMA_VERSION = 4;
    static final String PAD = "pad";

    private final long bootEpoch;
    private final ZoneId zone;
    private final byte[] registryHash = MetricRegistry.hash();

    public ReportEncoder(long bootEpoch, ZoneId zone) {
        this.bootEpoch = bootEpoch;
        this.zone = zone;
    }

    /** The fixed size of a usage payload (a report too large for it takes the next multiple). */
    public static int usageBytes() {
        return Padding.USAGE_BYTES;
    }

    /**
     * @param dpMicroEpsilon ε spent on this report's noise, in millionths (0: local DP off); withheld metrics
     *                       (budget refused) are simply absent from {@code s}
     */
    public byte[] usage(WindowSnapshot s, long dpMicroEpsilon) {
        Map<String, Object> r = header(Channel.USAGE, s.window(), bootEpoch);
        r.put("dp", dpMicroEpsilon);
        putMetrics(r, s, true);
        r.put(PAD, new byte[0]);
        return Padding.pad(r);
    }

    /** Only the metrics that recorded something in the window; a decoder reads an absent one as zero. */
    public byte[] health(WindowSnapshot s) {
        Map<String, Object> r = header(Channel.HEALTH, s.window(), bootEpoch);
        putMetrics(r, s, false);
        return CanonicalCbor.encode(r);
    }

    /**
     * The last will the broker publishes on {@code state} when the agent vanishes without disconnecting (power cut,
     * crash). Sealed like a report, so the broker learns only that the device went away.
     */
    public byte[] offline() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("v", SCHEMA_VERSION);
        r.put("kind", "offline");
        r.put("boot", bootEpoch);
        return CanonicalCbor.encode(r);
    }

    /**
     * The birth message, published on {@code state} at each connect: which agent runs (version), since which boot,
     * and what waits in its spool. Nothing in it depends on calls: spool figures count reports, which leave on the
     * report schedule.
     */
    public byte[] birth(String agentVersion, long spoolPending, long spoolBytes) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("v", SCHEMA_VERSION);
        r.put("kind", "birth");
        r.put("boot", bootEpoch);
        r.put("agent", agentVersion);
        r.put("spool_pending", spoolPending);
        r.put("spool_bytes", spoolBytes);
        return CanonicalCbor.encode(r);
    }

    private Map<String, Object> header(Channel channel, ReportWindow w, long boot) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("v", SCHEMA_VERSION);
        r.put("kind", channel.label());
        r.put("reg", registryHash);
        r.put("boot", boot);
        r.put("start", w.start().toEpochMilli());
        r.put("end", w.end().toEpochMilli());
        r.put("tz", zone.getId());
        return r;
    }

    /** @param withEmpty write empty metrics too (usage: its padding hides the size anyway, and v3 decoders expect it) */
    private static void putMetrics(Map<String, Object> r, WindowSnapshot s, boolean withEmpty) {
        for (Metric m : MetricRegistry.of(s.channel())) {
            List<Series> series = s.of(m);
            if (withEmpty || !MetricValues.isEmpty(series)) {
                r.put(m.def().name(), MetricValues.tree(m, series));
            }
        }
    }
}
