package com.ooma.telo.simulator.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Writes a {@link Footprint} two ways: readable lines for a person, and JSON ({@code --json FILE}) for tools. */
public final class FootprintReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TOP = 10;

    private FootprintReport() {}

    /** The summary line (stable: scripts grep it), then the details. */
    public static String summary(Footprint f) {
        Footprint.Memory m = f.memory();
        return fmt("footprint: events=%d counted=%d dropped_queue_full=%d seconds=%.2f events_per_s=%.0f "
                        + "ready_ms=%d first_publish_ms=%d rss_idle_mib=%s pss_idle_mib=%s rss_busy_mib=%s "
                        + "rss_after_mib=%s pss_after_mib=%s rss_peak_mib=%s",
                f.burst().events(), f.burst().counted(), f.burst().droppedQueueFull(), f.burst().seconds(),
                f.burst().eventsPerSecond(), f.start().readyMs(), f.start().firstPublishMs(),
                ProcMemory.mib(m.idle().rssKib()), ProcMemory.mib(m.idle().pssKib()),
                ProcMemory.mib(m.busy().rssKib()), ProcMemory.mib(m.afterBurst().rssKib()),
                ProcMemory.mib(m.afterBurst().pssKib()), ProcMemory.mib(m.peakKib()));
    }

    public static void text(Footprint f, PrintWriter out) {
        out.println("footprint: JVM flags from " + f.jvmFlagsSource() + ": " + String.join(" ", f.jvmFlags()));
        Footprint.Memory m = f.memory();
        out.println(fmt("memory (MiB, from %s)        RSS     PSS", m.idle().source()));
        row(out, "idle after the first reports", m.idle());
        row(out, "end of a paced household day", m.busy());
        row(out, fmt("after a %,d-event burst", f.burst().events()), m.afterBurst());
        out.println(fmt("  %-32s %6s", "peak (VmHWM)", ProcMemory.mib(m.peakKib())));
        row(out, "floor: an idle JVM, same flags", m.idleJvm());
        out.println(fmt("start: exec to ready %d ms, to the first PUBLISH at the broker %d ms"
                + " (publish.start_delay_max 0; a hub waits a random 0-10 s more)",
                f.start().readyMs(), f.start().firstPublishMs()));
        Footprint.Cpu c = f.cpu();
        out.println(fmt("cpu: a household day (%d events) paced over %.1f s: %.2f CPU s; busy %.2f CPU s in %.1f s,"
                + " idle %.2f CPU s in %.1f s", c.events(), c.busyWall(), c.perHouseholdDay(), c.busySeconds(),
                c.busyWall(), c.idleSeconds(), c.idleWall()));
        for (WireDay.Result w : f.wire()) {
            wire(w, out);
        }
        StringBuilder p = new StringBuilder("packages:");
        f.packages().forEach((k, v) -> p.append(' ').append(k).append('=')
                .append(v.map(b -> fmt("%,d bytes", b)).orElse("not built")));
        out.println(p);
        out.println(summary(f));
        out.flush();
    }

    private static void wire(WireDay.Result w, PrintWriter out) {
        WireTally t = w.tally();
        out.println(fmt("wire, consent %s: %.0f simulated hours at %s (health %s, usage P1D, jitter 0), %d health"
                + " and %d usage reports", w.consent(), w.hours(), w.health().equals(WireDay.SHIPPED_HEALTH)
                ? "shipped intervals" : "a health interval NOT as shipped", w.health(), w.healthReports(),
                w.usageReports()));
        t.publishesByChannel().forEach((ch, n) -> out.println(fmt("  topic telo/v1/<device>/%-7s %4d messages"
                + " %,9d bytes", ch, n.messages(), n.bytes())));
        t.byType().forEach((k, n) -> out.println(fmt("  %-24s %4d × %,7.0f = %,9d bytes", k, n.messages(),
                n.bytes() / (double) n.messages(), n.bytes())));
        StringBuilder top = new StringBuilder("  health bytes by entry (largest first):");
        largestFirst(w.healthComposition()).stream().limit(TOP).forEach(e -> top.append(fmt(" %s %,d;",
                e.getKey(), e.getValue())));
        out.println(top);
        WireOverhead tcp = w.overhead(false);
        WireOverhead tls = w.overhead(true);
        out.println(fmt("  MQTT level: %,d bytes (agent → broker %,d); + keepalive at %d s: %d PINGREQ/PINGRESP"
                        + " pairs, %,d bytes = %,d bytes", t.total(), t.totalFromAgent(),
                WireTally.SHIPPED_KEEPALIVE.toSeconds(), w.pings(), w.pingBytes(), w.mqttWithKeepalive()));
        out.println(fmt("  estimated below MQTT: TCP/IP %,d bytes (total %,d); over TLS 1.3: TCP/IP %,d + TLS %,d"
                        + " (total %,d)", tcp.tcpIpBytes(), w.mqttWithKeepalive() + tcp.total(), tls.tcpIpBytes(),
                tls.tlsBytes(), w.mqttWithKeepalive() + tls.total()));
    }

    static List<Map.Entry<String, Long>> largestFirst(Map<String, Long> m) {
        return m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
    }

    private static void row(PrintWriter out, String what, ProcMemory m) {
        out.println(fmt("  %-32s %6s  %6s", what, ProcMemory.mib(m.rssKib()), ProcMemory.mib(m.pssKib())));
    }

    /** Every figure, machine-readable; sizes in bytes and KiB as named, times in ms or s as named. */
    public static ObjectNode json(Footprint f) {
        ObjectNode root = JSON.createObjectNode();
        root.putPOJO("jvm_flags", f.jvmFlags());
        root.put("jvm_flags_source", f.jvmFlagsSource());
        ObjectNode mem = root.putObject("memory_kib");
        mem.put("source", f.memory().idle().source());
        memory(mem.putObject("idle"), f.memory().idle());
        memory(mem.putObject("busy_household"), f.memory().busy());
        memory(mem.putObject("after_burst"), f.memory().afterBurst());
        mem.put("peak_rss", f.memory().peakKib());
        memory(mem.putObject("idle_jvm_floor"), f.memory().idleJvm());
        ObjectNode start = root.putObject("start_ms");
        start.put("ready", f.start().readyMs());
        start.put("first_publish", f.start().firstPublishMs());
        ObjectNode burst = root.putObject("burst");
        burst.put("events", f.burst().events());
        burst.put("counted", f.burst().counted());
        burst.put("dropped_queue_full", f.burst().droppedQueueFull());
        burst.put("seconds", f.burst().seconds());
        burst.put("events_per_s", f.burst().eventsPerSecond());
        Footprint.Cpu c = f.cpu();
        ObjectNode cpu = root.putObject("cpu");
        cpu.put("household_events", c.events());
        cpu.put("idle_wall_s", c.idleWall());
        cpu.put("idle_cpu_s", c.idleSeconds());
        cpu.put("busy_wall_s", c.busyWall());
        cpu.put("busy_cpu_s", c.busySeconds());
        cpu.put("cpu_s_per_household_day", c.perHouseholdDay());
        var wire = root.putArray("wire");
        f.wire().forEach(w -> wire.add(wire(w)));
        ObjectNode packages = root.putObject("packages_bytes");
        for (Map.Entry<String, Optional<Long>> e : f.packages().entrySet()) {
            if (e.getValue().isPresent()) {
                packages.put(e.getKey(), e.getValue().get());
            } else {
                packages.putNull(e.getKey());
            }
        }
        return root;
    }

    static ObjectNode wire(WireDay.Result w) {
        ObjectNode n = JSON.createObjectNode();
        n.put("consent", w.consent());
        n.put("simulated_hours", w.hours());
        n.put("health_interval", w.health().toString());
        n.put("health_reports", w.healthReports());
        n.put("usage_reports", w.usageReports());
        counts(n.putObject("topics"), w.tally().publishesByChannel());
        counts(n.putObject("packet_types"), w.tally().byType());
        ObjectNode composition = n.putObject("health_bytes_by_entry");
        largestFirst(w.healthComposition()).forEach(e -> composition.put(e.getKey(), e.getValue()));
        n.put("mqtt_bytes", w.tally().total());
        n.put("mqtt_bytes_from_agent", w.tally().totalFromAgent());
        ObjectNode ka = n.putObject("keepalive");
        ka.put("interval_s", WireTally.SHIPPED_KEEPALIVE.toSeconds());
        ka.put("pings", w.pings());
        ka.put("bytes", w.pingBytes());
        n.put("mqtt_bytes_with_keepalive", w.mqttWithKeepalive());
        WireOverhead tcp = w.overhead(false);
        WireOverhead tls = w.overhead(true);
        n.put("tcp_ip_bytes_estimate", tcp.tcpIpBytes());
        n.put("total_bytes_estimate_tcp", w.mqttWithKeepalive() + tcp.total());
        n.put("tls_tcp_ip_bytes_estimate", tls.tcpIpBytes());
        n.put("tls_bytes_estimate", tls.tlsBytes());
        n.put("total_bytes_estimate_tls", w.mqttWithKeepalive() + tls.total());
        return n;
    }

    private static void counts(ObjectNode into, Map<String, WireTally.Count> m) {
        m.forEach((k, v) -> {
            ObjectNode c = into.putObject(k);
            c.put("messages", v.messages());
            c.put("bytes", v.bytes());
        });
    }

    private static void memory(ObjectNode into, ProcMemory m) {
        into.put("rss", m.rssKib());
        if (m.pssKib() < 0) {
            into.putNull("pss"); // the kernel has no smaps_rollup
        } else {
            into.put("pss", m.pssKib());
        }
    }

    private static String fmt(String f, Object... args) {
        return String.format(Locale.ROOT, f, args);
    }
}
