package com.ooma.telo.simulator.reconcile;

import com.ooma.telo.agent.aggregate.Channel;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricRegistry;
import com.ooma.telo.agent.event.Cause;
import com.ooma.telo.simulator.reconcile.ReportTally.ReportWindowSeen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reconciles one hub exactly: every line played = what the agent took in + what it dropped before taking it in
 * ({@code agent.events_in} and {@code agent.events_dropped}, and their {@code agent.call_*} twins), and every event
 * metric's expected sample count (the {@link MetricOracle}) = what the stored reports count, unless the agent
 * counted drops after intake (then a shortfall is explained by them). A shortfall on a hub the harness killed with
 * SIGKILL is explained only up to what was at risk: the samples of events sent in the last open window before the
 * kill. Anything else, and any over-count, is a gap that fails the run.
 */
public final class Reconciler {
    private static final List<String> BEFORE_INTAKE = List.of("malformed", "oversize", "truncated");
    private static final List<String> AFTER_INTAKE = List.of("queue_full", "unknown_type", "consent", "invalid");
    private static final List<String> METRIC_DROPS = List.of("unknown_label", "device_metric_from_call",
            "budget_refused", "restore_mismatch");

    private Reconciler() {}

    /**
     * What a SIGKILL put at risk on one hub.
     *
     * @param lines   call and device lines sent to the killed instance within its last open window
     * @param metrics the oracle's sample counts for those lines
     */
    public record AtRisk(long deviceLines, long callLines, Map<String, Long> metrics) {
        public static final AtRisk NONE = new AtRisk(0, 0, Map.of());
    }

    public static List<Gap> reconcile(String device, long deviceLinesPlayed, long callLinesPlayed,
            Map<String, Long> expected, ReportTally tally, AtRisk atRisk) {
        List<Gap> gaps = new ArrayList<>();
        intake(device, "agent.events_in", "agent.events_dropped", deviceLinesPlayed, atRisk.deviceLines(), tally,
                Channel.HEALTH, gaps);
        intake(device, "agent.call_events_in", "agent.call_events_dropped", callLinesPlayed, atRisk.callLines(),
                tally, Channel.USAGE, gaps);
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            Metric m = MetricRegistry.byName(e.getKey()).orElseThrow();
            long played = e.getValue();
            long counted = tally.counted().getOrDefault(e.getKey(), 0L);
            if (played == counted) {
                continue;
            }
            boolean calls = m.def().cause() == Cause.CALLS;
            long dropped = afterIntake(tally, calls ? "agent.call_events_dropped" : "agent.events_dropped")
                    + metricDrops(tally, calls ? "agent.call_metric_drops" : "agent.metric_drops");
            long risk = atRisk.metrics().getOrDefault(e.getKey(), 0L);
            String window = window(tally, m.def().channel());
            if (counted > played) {
                gaps.add(new Gap(device, window, e.getKey(), played, counted, dropped, false,
                        "counted more than was played: a report was counted twice or a sample invented"));
            } else if (dropped > 0) {
                gaps.add(new Gap(device, window, e.getKey(), played, counted, dropped, true,
                        "the agent counted " + dropped + " event(s) or recording(s) of this cause as dropped"));
            } else if (played - counted <= risk) {
                gaps.add(new Gap(device, window, e.getKey(), played, counted, dropped, true,
                        "lost at kill -9: at most " + risk + " sample(s) were in the open window, not yet checkpointed"));
            } else {
                gaps.add(new Gap(device, window, e.getKey(), played, counted, dropped, false,
                        "played but neither counted nor counted as dropped"));
            }
        }
        return gaps;
    }

    private static void intake(String device, String in, String dropped, long played, long risk, ReportTally t,
            Channel channel, List<Gap> gaps) {
        long before = 0;
        for (String reason : BEFORE_INTAKE) {
            before += t.agent(dropped + "{reason=" + reason + "}");
        }
        long counted = t.agent(in) + before;
        if (counted == played) {
            return;
        }
        boolean explained = counted < played && played - counted <= risk;
        gaps.add(new Gap(device, window(t, channel), in, played, t.agent(in), before, explained, explained
                ? "lost at kill -9: the agent's intake counters since its last health sample (" + risk + " line(s)"
                        + " at risk)"
                : "lines played = taken in + dropped before intake does not hold"));
    }

    private static long afterIntake(ReportTally t, String counter) {
        return AFTER_INTAKE.stream().mapToLong(r -> t.agent(counter + "{reason=" + r + "}")).sum();
    }

    private static long metricDrops(ReportTally t, String counter) {
        return METRIC_DROPS.stream().mapToLong(r -> t.agent(counter + "{reason=" + r + "}")).sum();
    }

    /** The holes in a channel's window sequence (within one boot epoch), or the whole run when there is none. */
    static String window(ReportTally t, Channel channel) {
        List<ReportWindowSeen> seen = t.windows().stream().filter(w -> w.channel().equals(channel.label())).toList();
        if (seen.isEmpty()) {
            return channel.label() + " (no report arrived)";
        }
        List<String> holes = new ArrayList<>();
        for (int i = 1; i < seen.size(); i++) {
            ReportWindowSeen a = seen.get(i - 1);
            ReportWindowSeen b = seen.get(i);
            if (a.boot() == b.boot() && a.endMs() < b.startMs()) {
                holes.add(channel.label() + " boot " + a.boot() + " missing [" + time(a.endMs()) + ", "
                        + time(b.startMs()) + ")");
            }
        }
        if (!holes.isEmpty()) {
            return String.join("; ", holes);
        }
        return channel.label() + " run [" + time(seen.get(0).startMs()) + ", " + time(seen.get(seen.size() - 1)
                .endMs()) + ") (every window arrived)";
    }

    private static String time(long ms) {
        return Instant.ofEpochMilli(ms).toString();
    }
}
