package com.ooma.telo.agent.encode;

import com.ooma.telo.agent.seal.CanonicalCbor;

import com.ooma.telo.agent.aggregate.Channel;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricRegistry;
import com.ooma.telo.agent.aggregate.ReportWindow;
import com.ooma.telo.agent.aggregate.WindowSnapshot;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The encode stage: turns closed windows into deterministic CBOR report payloads (CDDL in docs/wire-format.md).
 * Every report carries the schema version, the registry hash, the boot epoch and its window. A usage report is
 * padded to a fixed size (see {@link Padding}), so its size reveals nothing.
 */
public final class ReportEncoder {
    /** Report schema version; bumped on any change of field meaning. */
    public static final int SCHEMA_VERSION = 3;
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
        putMetrics(r, s);
        r.put(PAD, new byte[0]);
        return Padding.pad(r);
    }

    public byte[] health(WindowSnapshot s) {
        Map<String, Object> r = header(Channel.HEALTH, s.window(), bootEpoch);
        putMetrics(r, s);
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

    private static void putMetrics(Map<String, Object> r, WindowSnapshot s) {
        for (Metric m : MetricRegistry.of(s.channel())) {
            r.put(m.def().name(), MetricValues.tree(m, s.of(m)));
        }
    }
}
