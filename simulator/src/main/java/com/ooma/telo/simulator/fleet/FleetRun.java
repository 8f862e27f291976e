package com.ooma.telo.simulator.fleet;

import com.ooma.telo.agent.aggregate.WindowSchedule;
import com.ooma.telo.simulator.broker.BrokerSighting;
import com.ooma.telo.simulator.broker.EmbeddedBroker;
import com.ooma.telo.simulator.broker.Published;
import com.ooma.telo.simulator.collector.CollectedReports;
import com.ooma.telo.simulator.collector.ReceivedMessage;
import com.ooma.telo.simulator.collector.ReportOpener;
import com.ooma.telo.simulator.collector.ReportReader;
import com.ooma.telo.simulator.collector.RunKeys;
import com.ooma.telo.simulator.demo.RunScan;
import com.ooma.telo.simulator.fault.FaultPlan;
import com.ooma.telo.simulator.fault.LoopbackProxy;
import com.ooma.telo.simulator.fault.PlannedFault;
import com.ooma.telo.simulator.fault.SkippedFault;
import com.ooma.telo.simulator.hil.HilSummary;
import com.ooma.telo.simulator.hil.RunOutputs;
import com.ooma.telo.simulator.hil.HubReconciler;
import com.ooma.telo.simulator.hil.HubResult;
import com.ooma.telo.simulator.hil.Progress;
import com.ooma.telo.simulator.leak.Finding;
import com.ooma.telo.simulator.play.HubScript;
import com.ooma.telo.simulator.play.HubScripts;
import com.ooma.telo.simulator.report.RunReport;
import com.ooma.telo.simulator.scenario.Scenario;
import com.ooma.telo.simulator.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code hil --mode fleet}: N hubs of one scenario as full agent instances in this JVM, all on one simulated time
 * ({@link SimulatedTime}, stepped by {@link SteppedPlayback}), against one embedded broker that stamps arrivals in
 * simulated time; the scenario's faults on their simulated instants ({@link FleetFaults}). Afterwards the same
 * reconciliation, leak scan and outputs as process mode ({@code summary.json}, {@code junit.xml},
 * {@code report.html}); the report's time axis is simulated time after the scenario's start.
 */
public final class FleetRun {
    private static final int START_PARALLEL = 4;
    static final String DISK_FULL_REASON = "fleet mode: every hub's spool is on the one file system of this JVM's"
            + " host, and a small file system per hub needs root and mount rights";

    private final FleetOptions options;
    private final PrintWriter out;
    private final boolean terminal;

    public FleetRun(FleetOptions options, PrintWriter out) {
        this(options, out, System.console() != null);
    }

    FleetRun(FleetOptions options, PrintWriter out, boolean terminal) {
        this.options = options;
        this.out = out;
        this.terminal = terminal;
    }

    /** 0 when every hub reconciles and nothing leaked, 1 when a check failed, 2 when it could not run. */
    public int run() throws InterruptedException {
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(options.scenario(), options.days());
            Files.createDirectories(options.out());
        } catch (RuntimeException | IOException e) {
            out.println("hil: could not run: " + e.getMessage());
            out.flush();
            return 2;
        }
        try {
            Outcome outcome = runAll(scenario);
            return RunOutputs.write(outcome.summary(), outcome.report(), options.out(), out);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            out.println("hil: could not run: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            out.flush();
            return 2;
        }
    }

    private record Outcome(HilSummary summary, RunReport report) {}

    private Outcome runAll(Scenario scenario) throws Exception {
        long runStart = System.currentTimeMillis();
        boolean diag = scenario.diagnostics().play();
        List<PlannedFault> plan = fleetPlan(FaultPlan.plan(scenario.faults(), options.faults(), options.hubs(),
                options.seed(), true));
        List<SkippedFault> skipped = plan.stream().filter(f -> !f.applied())
                .map(f -> new SkippedFault(f.name(), f.fault().at().toString(), f.notApplied())).toList();
        skipped.forEach(f -> out.println("hil: fault " + f.kind() + " at " + f.at() + " not applied: " + f.reason()));
        Set<Integer> proxied = new HashSet<>();
        plan.stream().filter(f -> f.applied() && FleetFaults.isNetwork(f.kind())).forEach(f -> proxied.addAll(f.hubs()));

        SimulatedTime time = new SimulatedTime(scenario.startMs());
        List<HubScript> scripts = new ArrayList<>();
        List<RunKeys> keys = new ArrayList<>();
        List<FleetHub> hubs = new ArrayList<>();
        try (EmbeddedBroker broker = EmbeddedBroker.start(time.wall())) {
            out.println("hil: fleet mode, scenario " + scenario.name() + ", " + options.hubs() + " in-process hub(s), "
                    + scenario.days() + " simulated day(s) from " + scenario.start() + ", seed " + options.seed()
                    + ", broker " + broker.uri() + "; " + (plan.size() - skipped.size()) + " fault(s) to apply");
            out.flush();
            try {
                for (int i = 0; i < options.hubs(); i++) {
                    HubScript script = HubScripts.write(scenario, options.seed(), i);
                    scripts.add(script);
                    Path folder = Files.createDirectories(options.out().resolve("hub-" + i));
                    RunKeys k = ReportOpener.generateKeys(folder);
                    keys.add(k);
                    LoopbackProxy proxy = proxied.contains(i) ? LoopbackProxy.to(broker.port()) : null;
                    hubs.add(new FleetHub(i, k.deviceIdHex(), folder, proxy, FleetConfig.write(k,
                            scenario.timezone(), proxy != null ? proxy.uri() : broker.uri(), folder),
                            script.playable(diag), time, options.seed()));
                }
                Parallel.each(hubs, START_PARALLEL, FleetHub::start);
                out.println("hil: " + hubs.size() + " agent(s) started in " + (System.currentTimeMillis() - runStart)
                        / 1000 + " s; " + Footprint.now());
                out.flush();
                long playStart = System.currentTimeMillis();
                FleetFaults faults = new FleetFaults(plan, hubs, broker, scenario.startMs(), out);
                SteppedPlayback playback = new SteppedPlayback(hubs, time, faults,
                        new WindowSchedule(FleetConfig.HEALTH_INTERVAL, scenario.timezone()),
                        new WindowSchedule(FleetConfig.USAGE_INTERVAL, scenario.timezone()), scenario.startMs(),
                        scenario.endMs(), options.agentTimeout(), new Progress(out, terminal), out);
                playback.play();
                long playMs = System.currentTimeMillis() - playStart;
                out.println("hil: at the end of simulated time: " + Footprint.now());
                Parallel.each(hubs, START_PARALLEL, h -> h.finish(options.agentTimeout()));
                out.println("hil: played " + scenario.days() + " simulated day(s) in " + playMs / 1000.0
                        + " s; agents stopped");
                return results(scenario, scripts, keys, hubs, broker, time, playback, faults, plan, skipped, diag,
                        runStart, playMs);
            } finally {
                hubs.forEach(FleetHub::close);
            }
        }
    }

    /** Fleet mode applies clock jumps itself (the wall clock is injected) and says why it skips a full disk. */
    private static List<PlannedFault> fleetPlan(List<PlannedFault> plan) {
        List<PlannedFault> out = new ArrayList<>();
        for (PlannedFault f : plan) {
            boolean chosen = f.applied() || !"left out by --faults".equals(f.notApplied());
            String reason = !chosen ? f.notApplied() : switch (f.kind()) {
                case CLOCK_JUMP -> null;
                case DISK_FULL -> DISK_FULL_REASON;
                default -> f.notApplied();
            };
            out.add(new PlannedFault(f.fault(), f.atMs(), f.durationMs(), f.hubs(), reason));
        }
        return out;
    }

    private Outcome results(Scenario scenario, List<HubScript> scripts, List<RunKeys> keys, List<FleetHub> hubs,
            EmbeddedBroker broker, SimulatedTime time, SteppedPlayback playback, FleetFaults faults,
            List<PlannedFault> plan, List<SkippedFault> skipped, boolean diag, long runStart, long playMs)
            throws Exception {
        List<Published> published = broker.published();
        List<BrokerSighting> sightings = broker.sightings();
        SightingsByHub byHub = SightingsByHub.of(sightings, published, hubs.stream().map(FleetHub::deviceId).toList());
        List<HubResult> results = new ArrayList<>();
        RunReport.Builder report = RunReport.builder(scenario.startMs(), scenario.startMs());
        List<String> runProblems = playback.waitsTimedOut() == 0 ? List.of() : List.of(playback.waitsTimedOut()
                + " bounded wait(s) of the fleet's playback ran out: the run may not be repeatable");
        for (FleetHub h : hubs) {
            String prefix = "telo/v1/" + h.deviceId() + "/";
            List<ReceivedMessage> mine = published.stream().filter(p -> p.topic().startsWith(prefix))
                    .map(p -> new ReceivedMessage(p.ordinal(), p.topic(), p.payload())).toList();
            CollectedReports collected = new ReportReader(ReportOpener.forRun(keys.get(h.index()), time.wall()))
                    .read(mine);
            List<Finding> findings = RunScan.scan(scripts.get(h.index()).secrets(), byHub.of(h.index()),
                    collected.reports(), h.folder);
            HubResult r = HubReconciler.reconcile(h, collected, findings, runProblems);
            findings.forEach(f -> out.println("hil: hub " + h.index() + " " + f.line()));
            r.problems().forEach(p -> out.println("hil: hub " + h.index() + " check failed: " + p));
            if (hubs.size() <= 20 || !r.passed()) {
                out.println("hil: hub " + h.index() + " played " + r.eventsPlayed() + " events (" + r.callsPlayed()
                        + " calls); agent accepted " + r.eventsAccepted() + "; reports opened " + r.reportsOpened()
                        + ", duplicates " + r.duplicates() + (r.kills() > 0 ? ", killed " + r.kills() + "x" : ""));
            }
            results.add(r);
            report.hub(h.sentEvents(), collected.reports(), published);
        }
        boolean passed = results.stream().allMatch(HubResult::passed);
        long daySeconds = Math.round(playMs / 1000.0 / Math.max(1, scenario.days()));
        HilSummary summary = new HilSummary(scenario.name(), options.seed(), options.hubs(),
                scenario.start().toString(), scenario.days(), diag, daySeconds,
                (System.currentTimeMillis() - runStart) / 1000, plan.stream().map(PlannedFault::describe).toList(),
                faults.applied(), skipped, passed, results);
        playback.samples().forEach(s -> report.spool(s.wallMs(), s.pending(), s.maxPending(), s.connected()));
        return new Outcome(summary, report.build(summary));
    }
}
