package com.ooma.telo.agent.status;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The agent's counters with everything calls cause taken out, for a view that may not show calls: a counter
 * {@code K} with a call twin {@code K.calls} shows {@code K − K.calls} (the device's share, what health reports
 * carry) and the twin is removed; counters that exist only for calls or whose name carries a call event type are
 * removed. Every counter is thereby declared device- or call-caused by its name, as metrics are by their
 * {@code Cause}.
 */
public final class DeviceCounters {
    private DeviceCounters() {}

    /** Whether a counter by this name is call-caused (never shown where calls may not be). */
    public static boolean callCaused(String name) {
        return name.endsWith(".calls") || name.contains(".call.") || name.startsWith("calls_")
                || name.startsWith("diag.hub_lines") || name.contains("diag.log") || name.equals("events_counted")
                || name.startsWith("pipeline.queued") || name.contains(".usage") || name.contains("usage.");
    }

    public static SortedMap<String, Long> of(Map<String, Long> all) {
        SortedMap<String, Long> out = new TreeMap<>();
        for (Map.Entry<String, Long> e : all.entrySet()) {
            if (callCaused(e.getKey())) {
                continue;
            }
            long calls = all.getOrDefault(e.getKey() + ".calls", 0L);
            out.put(e.getKey(), e.getValue() - calls);
        }
        return out;
    }
}
