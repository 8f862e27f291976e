package com.ooma.telo.simulator.hil;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.simulator.collector.OpenedReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one hub's opened usage reports say about its calls: how many they count ({@code calls[].n}), how many the
 * agent counted as dropped ({@code agent.call_events_dropped}, every reason), and which usage windows arrived, so a
 * gap can be named by window.
 *
 * <p>The agent counts call drops by reason, not by event type, so {@code dropped} covers every {@code call.*} type;
 * with no drop (the normal case) the equation {@code played = counted + dropped} is exact as it stands. With local
 * DP on, {@code noisedCells} counts the noised {@code calls} cells, which set the noise bound ({@link DpBound}).
 */
record CallTally(long counted, long dropped, List<UsageWindow> windows, long noisedCells) {

    /** One usage report's window: boot epoch and [start, end) in the agent's wall ms. */
    record UsageWindow(long boot, long startMs, long endMs) {}

    CallTally {
        windows = List.copyOf(windows);
    }

    static CallTally of(List<OpenedReport> reports) {
        long counted = 0;
        long dropped = 0;
        long noisedCells = 0;
        List<UsageWindow> windows = new ArrayList<>();
        for (OpenedReport r : reports) {
            if (!"usage".equals(r.kind())) {
                continue;
            }
            counted += r.callsCounted();
            if (r.body().path("dp").asLong(0) > 0) { // local DP spent on this report: its calls cells are noised
                noisedCells += r.body().path("calls").size();
            }
            for (JsonNode row : r.body().path("agent.call_events_dropped")) {
                dropped += row.path("n").asLong(0);
            }
            windows.add(new UsageWindow(r.body().path("boot").asLong(-1), r.body().path("start").asLong(),
                    r.body().path("end").asLong()));
        }
        windows.sort(Comparator.comparingLong(UsageWindow::boot).thenComparingLong(UsageWindow::startMs));
        return new CallTally(counted, dropped, windows, noisedCells);
    }

    /**
     * Where a gap lies as far as the reports tell: the holes in the usage window sequence within a boot epoch, or
     * the whole run's span when every window arrived (the shortfall is then inside a window that did arrive).
     */
    String where() {
        if (windows.isEmpty()) {
            return "usage (no usage report arrived)";
        }
        List<String> holes = new ArrayList<>();
        for (int i = 1; i < windows.size(); i++) {
            UsageWindow a = windows.get(i - 1);
            UsageWindow b = windows.get(i);
            if (a.boot() == b.boot() && a.endMs() < b.startMs()) {
                holes.add("usage boot " + a.boot() + " missing [" + Instant.ofEpochMilli(a.endMs()) + ", "
                        + Instant.ofEpochMilli(b.startMs()) + ")");
            }
        }
        if (!holes.isEmpty()) {
            return String.join("; ", holes);
        }
        return "usage [" + Instant.ofEpochMilli(windows.get(0).startMs()) + ", "
                + Instant.ofEpochMilli(windows.get(windows.size() - 1).endMs()) + ") (every window arrived)";
    }
}
