package com.ooma.telo.simulator.hil;

import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.simulator.broker.EmbeddedBroker;
import com.ooma.telo.simulator.collector.CollectedReports;
import com.ooma.telo.simulator.collector.ReportOpener;
import com.ooma.telo.simulator.collector.RunKeys;
import com.ooma.telo.simulator.demo.RunScan;
import com.ooma.telo.simulator.fault.FaultPlan;
import com.ooma.telo.simulator.fault.PlannedFault;
import com.ooma.telo.simulator.fault.SkippedFault;
import com.ooma.telo.simulator.hub.AgentProcess;
import com.ooma.telo.simulator.hub.AgentStatus;
import com.ooma.telo.simulator.leak.Finding;
import com.ooma.telo.simulator.play.HubScript;
import com.ooma.telo.simulator.play.HubScripts;
import com.ooma.telo.simulator.scenario.Scenario;
import com.ooma.telo.simulator.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * The {@code hil} run: N households of one scenario, each through its own live agent (a child JVM with the hub's
 * JVM flags), all at once, against one broker (the run's embedded one or {@code --broker}), each agent behind its own
 * loopback proxy (where network faults happen). Simulated time runs one day per {@code --day-length}; the scenario's
 * faults happen on its schedule. Reports are collected live ({@link LiveCollectors}: receipt mode, or an external
 * broker) or from the embedded broker's recording afterwards (broker acks); each report counted once by (device,
 * boot epoch, seq), every hub's calls reconciled exactly, every surface scanned for its canaries; then
 * {@code DIR/summary.json}, {@code DIR/junit.xml} and {@code DIR/report.html}.
 */
public final class HilRun {
    /**
     * Agents started (and stopped) at once. A JVM start is CPU-bound (class loading, JIT): on 2 cores, 4 at a time
     * keeps both busy without starving the playback thread; the agents then all run together.
     */
    static final int START_PARALLEL = 4;
    private static final Duration STRAGGLER_QUIET = Duration.ofMillis(500);
    private static final Duration STRAGGLER_MAX = Duration.ofSeconds(10);
    private static final long DRAIN_POLL_MS = 200;

    private final HilOptions options;
    private final HilDelivery delivery;
    private final PrintWriter out;
    private final String agentMain;
    private final boolean terminal;

    public HilRun(HilOptions options, PrintWriter out) {
        this(options, HilDelivery.standard(), out);
    }

    /** With a broker, ack mode and collectors ({@code --broker}, {@code --ack}, {@code --collectors}). */
    public HilRun(HilOptions options, HilDelivery delivery, PrintWriter out) {
        this(options, delivery, out, AgentProcess.AGENT_MAIN, System.console() != null);
    }

    /** With another agent main class (tests use a stand-in honouring the agent's process contract). */
    HilRun(HilOptions options, PrintWriter out, String agentMain) {
        this(options, HilDelivery.standard(), out, agentMain, false);
    }

    HilRun(HilOptions options, HilDelivery delivery, PrintWriter out, String agentMain, boolean terminal) {
        this.options = options;
        this.delivery = delivery;
        this.out = out;
        this.agentMain = agentMain;
        this.terminal = terminal;
    }

    /** 0 when every hub's calls reconcile and nothing leaked, 1 when a check failed, 2 when it could not run. */
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
        } catch (IOException | KeyLoadException | ExecutionException | MqttException e) {
            out.println("hil: could not run: " + (e instanceof MqttException m ? "broker " + delivery.broker()
                    + " refused or unreachable (reason code " + m.getReasonCode() + ")"
                    : (e instanceof ExecutionException ? e.getCause() : e).getMessage()));
            out.flush();
            return 2;
        }
    }

    private record Outcome(HilSummary summary, com.ooma.telo.simulator.report.RunReport report) {}

    private Outcome runAll(Scenario scenario)
            throws IOException, KeyLoadException, InterruptedException, ExecutionException, MqttException {
        long runStart = System.currentTimeMillis();
        List<HubScript> scripts = new ArrayList<>();
        List<RunKeys> keys = new ArrayList<>();
        // One backend for the fleet (its collectors open every hub's reports; receipts carry its command key).
        Path backend = options.out().resolve("backend");
        Path registry = Files.createDirectories(options.out().resolve("registry"));
        ReportOpener.generateBackend(backend);
        for (int i = 0; i < options.hubs(); i++) {
            scripts.add(HubScripts.write(scenario, options.seed(), i));
            keys.add(ReportOpener.generateDevice(hubFolder(i).resolve("device"), backend,
                    registry.resolve("hub-" + i + ".json")));
        }
        boolean diag = scenario.diagnostics().play();
        List<PlannedFault> plan = FaultPlan.plan(scenario.faults(), options.faults(), options.hubs(),
                options.seed(), delivery.embedded(), HubFactory.verdicts(scenario, options));
        List<SkippedFault> skipped = plan.stream().filter(f -> !f.applied())
                .map(f -> new SkippedFault(f.name(), f.fault().at().toString(), f.notApplied())).toList();
        skipped.forEach(f -> out.println("hil: fault " + f.kind() + " at " + f.at() + " not applied: " + f.reason()));
        Timeline timeline = new Timeline();
        List<HubRunner> hubs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(START_PARALLEL, options.hubs()));
        EmbeddedBroker broker = delivery.embedded() ? EmbeddedBroker.start() : null;
        String brokerUri = broker != null ? broker.uri() : delivery.broker();
        // Live collectors whenever receipts are sent or the broker is not ours to read afterwards; with the embedded
        // broker and broker acks, its recording is read afterwards: it holds every PUBLISH it acknowledged, even one
        // that a live subscriber reconnecting after a broker restart would miss (nothing would resend it).
        boolean live = delivery.receipts() || !delivery.embedded();
        try (LiveCollectors collectors = live ? LiveCollectors.start(brokerUri, delivery, registry, backend,
                options.out().resolve("collector-state")) : null) {
            out.println("hil: scenario " + scenario.name() + ", " + options.hubs() + " hub(s) at once, "
                    + scenario.days() + " simulated day(s) from " + scenario.start() + " at "
                    + options.dayLength().toSeconds() + " s a day, seed " + options.seed() + ", broker "
                    + (broker != null ? "embedded " + brokerUri : brokerUri) + ", publish.ack=" + delivery.ack()
                    + (live ? ", " + delivery.collectors() + " live collector(s)" : ", broker recording read after")
                    + "; " + (plan.size() - skipped.size()) + " fault(s) to apply");
            out.flush();
            try {
                HubFactory factory = new HubFactory(options, delivery, scenario, plan, broker, agentMain);
                for (int i = 0; i < options.hubs(); i++) {
                    hubs.add(factory.hub(i, hubFolder(i), scripts.get(i).playable(diag), keys.get(i)));
                }
                all(pool, hubs, HubRunner::launch);
                out.println("hil: " + hubs.size() + " agent(s) ready in "
                        + (System.currentTimeMillis() - runStart) / 1000 + " s");
                long wall0 = System.currentTimeMillis();
                FleetPlayback playback = new FleetPlayback(hubs, plan, broker, scenario.startMs(),
                        scenario.endMs(), options.dayLength(), wall0, timeline, new Progress(out, terminal), out);
                playback.play();
                drain(hubs);
                all(pool, hubs, HubRunner::finish);
                playback.stopSampling();
                if (collectors != null) {
                    collectors.awaitQuiet(STRAGGLER_QUIET, STRAGGLER_MAX);
                } else {
                    awaitStragglers(broker);
                }
                Sources sources = collectors != null
                        ? Sources.live(collectors.snapshot(hubs.stream().map(h -> h.deviceId).toList()),
                                broker == null ? null : broker.sightings())
                        : Sources.recorded(broker);
                return results(scenario, scripts, keys, hubs, sources, timeline, plan, skipped, diag, runStart,
                        wall0);
            } finally {
                for (HubRunner h : hubs) {
                    h.close();
                }
            }
        } finally {
            pool.shutdownNow();
            if (broker != null) {
                broker.close();
            }
        }
    }

    private interface HubStep {
        void run(HubRunner h) throws IOException, InterruptedException;
    }

    /** One step on every hub through the bounded pool; the first failure is thrown once all have ended. */
    private static void all(ExecutorService pool, List<HubRunner> hubs, HubStep step)
            throws InterruptedException, ExecutionException {
        List<Future<?>> futures = new ArrayList<>();
        for (HubRunner h : hubs) {
            futures.add(pool.submit(() -> {
                step.run(h);
                return null;
            }));
        }
        ExecutionException first = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Waits (bounded) until every agent is connected with an empty spool: what the faults held back is sent. */
    private void drain(List<HubRunner> hubs) throws InterruptedException {
        long deadline = System.nanoTime() + options.agentTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            boolean drained = true;
            for (HubRunner h : hubs) {
                try {
                    AgentStatus s = h.statusIfRunning();
                    drained &= s == null || (s.spoolPending() == 0 && s.brokerConnected());
                } catch (IOException e) {
                    drained = false;
                }
            }
            if (drained) {
                return;
            }
            Thread.sleep(DRAIN_POLL_MS);
        }
        out.println("hil: some spools were not empty after " + options.agentTimeout().toSeconds()
                + " s; stopping the agents anyway");
    }

    /** Until the broker took in nothing new for a moment (the last windows sealed at SIGTERM). */
    private static void awaitStragglers(EmbeddedBroker broker) throws InterruptedException {
        long deadline = System.nanoTime() + STRAGGLER_MAX.toNanos();
        int seen = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int now = broker.publishCount();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= STRAGGLER_QUIET.toNanos()) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private Outcome results(Scenario scenario, List<HubScript> scripts, List<RunKeys> keys, List<HubRunner> hubs,
            Sources sources, Timeline timeline, List<PlannedFault> plan, List<SkippedFault> skipped,
            boolean diag, long runStart, long wall0) throws IOException, KeyLoadException {
        List<HubResult> results = new ArrayList<>();
        com.ooma.telo.simulator.report.RunReport.Builder report = com.ooma.telo.simulator.report.RunReport
                .builder(scenario.startMs(), wall0);
        for (HubRunner h : hubs) {
            CollectedReports collected = sources.collected(h.deviceId, keys.get(h.index));
            List<Finding> findings = RunScan.scan(scripts.get(h.index).secrets(), sources.sightings(),
                    collected.reports(), h.folder);
            HubResult r = HubReconciler.reconcile(h, collected, findings, List.of(), delivery.receipts());
            findings.forEach(f -> out.println("hil: hub " + h.index + " " + f.line()));
            r.problems().forEach(p -> out.println("hil: hub " + h.index + " check failed: " + p));
            out.println("hil: hub " + h.index + " played " + r.eventsPlayed() + " events (" + r.callsPlayed()
                    + " calls); agent accepted " + r.eventsAccepted() + "; reports opened " + r.reportsOpened()
                    + ", duplicates " + r.duplicates() + (r.kills() > 0 ? ", killed " + r.kills() + "x" : "")
                    + (r.delivery().reportsDropped().isEmpty() ? "" : "; not kept " + r.delivery().reportsDropped()));
            results.add(r);
            report.hub(h.sentEvents(), collected.reports(), sources.published());
        }
        boolean passed = results.stream().allMatch(HubResult::passed);
        List<String> declared = plan.stream().map(PlannedFault::describe).toList();
        HilSummary.Delivery d = sources.delivery(delivery, results);
        out.println(sources.line(d, hubs.size()));
        HilSummary summary = new HilSummary(scenario.name(), options.seed(), options.hubs(),
                scenario.start().toString(), scenario.days(), diag, options.dayLength().toSeconds(),
                (System.currentTimeMillis() - runStart) / 1000, declared, timeline.faults(), skipped, passed, results,
                d);
        timeline.samples().forEach(s -> report.spool(s.wallMs(), s.spoolPending(), s.maxPending(), s.connected()));
        return new Outcome(summary, report.build(summary));
    }

    private Path hubFolder(int i) throws IOException {
        return Files.createDirectories(options.out().resolve("hub-" + i));
    }
}
