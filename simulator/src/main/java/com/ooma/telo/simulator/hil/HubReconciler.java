package com.ooma.telo.simulator.hil;

import com.ooma.telo.simulator.collector.CollectedReports;
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
        boolean exact = callsPlayed == calls.counted() + calls.dropped();
        checks.add(new HubCheck(HubCheck.CALLS, exact, exact
                ? "played " + callsPlayed + " = counted " + calls.counted() + " + dropped " + calls.dropped()
                : who + " window " + calls.where() + " metric calls (call.ended): played " + callsPlayed
                        + ", counted " + calls.counted() + ", dropped " + calls.dropped() + " ("
                        + (calls.counted() + calls.dropped() > callsPlayed ? "counted more than was played"
                                : "played but neither counted nor counted as dropped") + ")"));

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

        List<String> problems = checks.stream().filter(c -> !c.passed()).map(c -> c.name() + ": " + c.message())
                .toList();
        Map<String, Long> byType = new java.util.TreeMap<>();
        hub.sentEvents().forEach(e -> byType.merge(e.type(), 1L, Long::sum));
        return new HubResult(hub.index(), hub.deviceId(), sent, accepted, callsPlayed, calls.counted(), calls.dropped(),
                collected.reports().size(), (int) unopened, collected.duplicates(), hub.kills(),
                findings.stream().map(Finding::line).toList(), byType, checks, problems);
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
