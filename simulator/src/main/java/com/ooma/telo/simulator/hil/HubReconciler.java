package com.ooma.telo.simulator.hil;

import com.ooma.telo.simulator.collector.CollectedReports;
import com.ooma.telo.simulator.hub.AgentStatus;
import com.ooma.telo.simulator.leak.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The four checks of one hub, from what it was sent, what its agent accepted, what its opened reports say and what
 * the leak scan found. Calls reconcile exactly: {@code calls played = calls counted + calls the agent counted as
 * dropped}; any other difference is a gap named by hub, window and metric.
 */
public final class HubReconciler {
    private HubReconciler() {}

    public static HubResult reconcile(PlayedHub hub, CollectedReports collected, List<Finding> findings,
            List<String> runProblems) {
        return reconcile(hub, collected, findings, runProblems, false);
    }

    /** As above; with {@code receipts}, a fifth check: the agent's spool was empty (every report receipted). */
    static HubResult reconcile(PlayedHub hub, CollectedReports collected, List<Finding> findings,
            List<String> runProblems, boolean receipts) {
        List<HubCheck> checks = new ArrayList<>();
        String who = "hub " + hub.index() + " (device " + hub.deviceId() + ")";

        long sent = hub.sent();
        long accepted = hub.accepted();
        List<String> intake = new ArrayList<>(hub.problems());
        intake.addAll(runProblems);
        if (accepted != sent) {
            intake.add(0, who + " metric events_accepted: played " + sent + ", accepted " + accepted);
        }
        checks.add(new HubCheck(HubCheck.EVENTS, intake.isEmpty(), intake.isEmpty()
                ? "played " + sent + ", accepted " + accepted : String.join("; ", intake)));

        CallTally calls = CallTally.of(collected.reports());
        long callsPlayed = hub.callsSent();
        long difference = calls.counted() + calls.dropped() - callsPlayed;
        DpBound noise = DpBound.of(calls.noisedCells());
        boolean noised = calls.noisedCells() > 0;
        boolean exact = noised ? noise.explains(difference) : difference == 0;
        checks.add(new HubCheck(HubCheck.CALLS, exact, exact && noised
                ? "played " + callsPlayed + ", counted " + calls.counted() + " + dropped " + calls.dropped()
                        + " with local DP noise on " + calls.noisedCells() + " cells: off by " + difference
                        + ", within " + noise.allowed() + " (" + (long) DpBound.SIGMAS + " σ)"
                : exact
                ? "played " + callsPlayed + " = counted " + calls.counted() + " + dropped " + calls.dropped()
                : who + " window " + calls.where() + " metric calls (call.ended): played " + callsPlayed
                        + ", counted " + calls.counted() + ", dropped " + calls.dropped()
                        + (noised ? ", more than the local DP noise explains (" + noise.allowed() + ")" : "") + " ("
                        + (calls.counted() + calls.dropped() > callsPlayed ? "counted more than was played"
                                : "played but neither counted nor counted as dropped") + ")"
                        + usageDrops(reportsDropped(collected))));

        long unopened = collected.rejected().size();
        long usage = collected.usageReports();
        boolean opened = unopened == 0 && usage > 0;
        checks.add(new HubCheck(HubCheck.REPORTS, opened, opened
                ? collected.reports().size() + " opened (" + usage + " usage), " + collected.duplicates()
                        + " duplicate(s) dropped by (device, seq)"
                : who + ": " + unopened + " message(s) on its topics did not open"
                        + reasons(collected) + (usage == 0 ? "; no usage report arrived" : "")));

        boolean clean = findings.isEmpty();
        checks.add(new HubCheck(HubCheck.CANARIES, clean, clean ? "no canary or played personal value found"
                : who + ": " + findings.size() + " finding(s) of played personal data or canaries: "
                        + String.join("; ", findings.stream().limit(5).map(Finding::line).toList())));

        Map<String, Long> dropped = reportsDropped(collected);
        AgentStatus last = hub.lastBeforeStop();
        HubResult.Delivery delivery = new HubResult.Delivery(last == null ? -1 : last.spoolPending(),
                last == null ? -1 : last.awaitingReceipt(), hub.spoolEmptyAtExit(), dropped, agentFaults(collected));
        if (receipts) {
            boolean empty = hub.spoolEmptyAtExit();
            checks.add(new HubCheck(HubCheck.RECEIPTS, empty, empty
                    ? "every spooled report receipted; the spool was empty at exit ("
                            + delivery.awaitingReceiptAtStop() + " awaiting a receipt at the last status)"
                    : who + " metric spool.pending: the agent exited with reports not receipted ("
                            + delivery.spoolPendingAtStop() + " pending, " + delivery.awaitingReceiptAtStop()
                            + " awaiting a receipt at the last status before SIGTERM)"));
        }

        checks.add(metrics(who, hub, collected, calls.noisedCells() > 0));

        List<String> problems = checks.stream().filter(c -> !c.passed()).map(c -> c.name() + ": " + c.message())
                .toList();
        Map<String, Long> byType = new java.util.TreeMap<>();
        hub.sentEvents().forEach(e -> byType.merge(e.type(), 1L, Long::sum));
        return new HubResult(hub.index(), hub.deviceId(), sent, accepted, callsPlayed, calls.counted(), calls.dropped(),
                collected.reports().size(), (int) unopened, collected.duplicates(), hub.kills(),
                findings.stream().map(Finding::line).toList(), byType, checks, problems, delivery);
    }

    /**
     * Every additive event metric ({@link MetricOracle}): the total its opened reports count against what the played
     * events make of it under the agent's own rules. A shortfall is explained only when the agent counted events or
     * recordings as dropped; any other difference is a gap, named by metric with both figures.
     */
    static HubCheck metrics(String who, PlayedHub hub, CollectedReports collected, boolean dpOn) {
        Map<String, Long> expected = MetricOracle.expected(hub.sentEvents(), java.time.ZoneOffset.UTC, dpOn);
        Map<String, Long> counted = MetricOracle.counted(collected.reports(), expected);
        long drops = 0;
        for (var r : collected.reports()) {
            for (String m : List.of("agent.events_dropped", "agent.call_events_dropped", "agent.metric_drops",
                    "agent.call_metric_drops")) {
                for (var row : r.body().path(m)) {
                    drops += row.path("n").asLong(0);
                }
            }
        }
        List<String> gaps = new ArrayList<>();
        for (var e : expected.entrySet()) {
            long want = e.getValue();
            long got = counted.get(e.getKey());
            if (got != want && !(got < want && drops > 0)) {
                gaps.add("metric " + e.getKey() + ": played " + want + ", counted " + got);
            }
        }
        return new HubCheck(HubCheck.METRICS, gaps.isEmpty(), gaps.isEmpty()
                ? expected.size() + " metrics, " + expected.values().stream().mapToLong(Long::longValue).sum()
                        + " counts, each as played" + (drops > 0 ? " or short by what the agent counted as dropped"
                        : "")
                : who + " " + CallTally.of(collected.reports()).where() + ": " + String.join("; ", gaps));
    }

    /**
     * {@code agent.reports} rows of every opened report whose outcome is not {@code spooled}, summed by
     * {@code channel.outcome}: reports held until a full disk had room ({@code held}: kept and retried), and those the
     * agent could not keep (full spool, seal failure, evicted).
     */
    static Map<String, Long> reportsDropped(CollectedReports collected) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (var r : collected.reports()) {
            for (var row : r.body().path("agent.reports")) {
                String outcome = row.path("outcome").asText("");
                if (!outcome.equals("spooled") && !outcome.isEmpty()) {
                    out.merge(row.path("channel").asText("?") + "." + outcome, row.path("n").asLong(0), Long::sum);
                }
            }
        }
        return out;
    }

    /** {@code agent.faults} rows of every opened report, summed by kind. */
    static Map<String, Long> agentFaults(CollectedReports collected) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (var r : collected.reports()) {
            for (var row : r.body().path("agent.faults")) {
                out.merge(row.path("kind").asText("?"), row.path("n").asLong(0), Long::sum);
            }
        }
        return out;
    }

    private static String usageDrops(Map<String, Long> dropped) {
        long usage = dropped.entrySet().stream().filter(e -> e.getKey().startsWith("usage.")
                && !e.getKey().endsWith(".purged")).mapToLong(Map.Entry::getValue).sum();
        return usage == 0 ? "" : "; the agent counted " + usage + " usage report(s) it could not keep " + dropped;
    }

    private static String reasons(CollectedReports c) {
        if (c.rejected().isEmpty()) {
            return "";
        }
        Map<String, Long> by = new java.util.TreeMap<>();
        c.rejected().forEach(r -> by.merge(r.reason(), 1L, Long::sum));
        return " " + by;
    }
}
