package com.ooma.telo.simulator.hil;

import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.simulator.broker.EmbeddedBroker;
import com.ooma.telo.simulator.collector.CollectedReports;
import com.ooma.telo.simulator.collector.ReceivedMessage;
import com.ooma.telo.simulator.collector.ReferenceCollector;
import com.ooma.telo.simulator.collector.ReportOpener;
import com.ooma.telo.simulator.collector.ReportReader;
import com.ooma.telo.simulator.collector.RunKeys;
import com.ooma.telo.simulator.demo.RunScan;
import com.ooma.telo.simulator.hub.AgentProcess;
import com.ooma.telo.simulator.hub.AgentSettings;
import com.ooma.telo.simulator.hub.AgentStatus;
import com.ooma.telo.simulator.hub.IngestPlayer;
import com.ooma.telo.simulator.hub.JvmFlags;
import com.ooma.telo.simulator.hub.StopResult;
import com.ooma.telo.simulator.leak.Finding;
import com.ooma.telo.simulator.play.HubScript;
import com.ooma.telo.simulator.play.HubScripts;
import com.ooma.telo.simulator.scenario.Fault;
import com.ooma.telo.simulator.scenario.Scenario;
import com.ooma.telo.simulator.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * The {@code hil} skeleton: N households of one scenario, each through its own live agent (a child JVM, launched as
 * the demo launches it, with the hub's JVM flags), against one embedded broker; every hub's reports opened with its
 * own keys, its calls reconciled (played = counted), every surface scanned for its canaries and everything else it
 * played; {@code DIR/summary.json}. The scenario's fault schedule is reported, not applied (the fault injector is
 * not built yet), and reports follow the agent's wall clock, not simulated time (the agent has no injected clock
 * yet): events carry simulated times, windows do not.
 */
public final class HilRun {
    private static final Duration STRAGGLER_QUIET = Duration.ofMillis(300);
    private static final Duration STRAGGLER_MAX = Duration.ofSeconds(10);

    private final HilOptions options;
    private final PrintWriter out;
    private final String agentMain;

    public HilRun(HilOptions options, PrintWriter out) {
        this(options, out, AgentProcess.AGENT_MAIN);
    }

    /** With another agent main class (tests use a stand-in honouring the agent's process contract). */
    HilRun(HilOptions options, PrintWriter out, String agentMain) {
        this.options = options;
        this.out = out;
        this.agentMain = agentMain;
    }

    /** 0 when every hub's calls reconcile and nothing leaked, 1 when a check failed, 2 when it could not run. */
    public int run() throws InterruptedException {
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(options.scenario());
            if (options.days() > 0 && options.days() < scenario.days()) {
                scenario = scenario.withDays(options.days());
            }
            Files.createDirectories(options.out());
        } catch (RuntimeException | IOException e) {
            out.println("hil: could not run: " + e.getMessage());
            out.flush();
            return 2;
        }
        try {
            HilSummary summary = runAll(scenario);
            summary.write(options.out().resolve("summary.json"));
            out.println(summary.line());
            out.flush();
            return summary.passed() ? 0 : 1;
        } catch (IOException | MqttException | KeyLoadException e) {
            out.println("hil: could not run: " + e.getMessage());
            out.flush();
            return 2;
        }
    }

    private HilSummary runAll(Scenario scenario)
            throws IOException, MqttException, KeyLoadException, InterruptedException {
        List<HubScript> scripts = new ArrayList<>();
        List<RunKeys> keys = new ArrayList<>();
        for (int i = 0; i < options.hubs(); i++) {
            scripts.add(HubScripts.write(scenario, options.seed(), i));
            keys.add(ReportOpener.generateKeys(hubFolder(i)));
        }
        boolean diag = scenario.diagnostics().play();
        List<String> faults = scenario.faults().stream().map(HilRun::describe).toList();
        if (!faults.isEmpty()) {
            out.println("hil: the scenario declares " + faults.size() + " fault(s); the fault injector is not built"
                    + " yet, so none is applied");
        }
        List<Intake> intakes = new ArrayList<>();
        List<HubResult> results = new ArrayList<>();
        try (EmbeddedBroker broker = EmbeddedBroker.start();
                ReferenceCollector collector = ReferenceCollector.subscribe(broker.uri(),
                        ReferenceCollector.ALL_DEVICES)) {
            out.println("hil: scenario " + scenario.name() + ", " + options.hubs() + " hub(s), " + scenario.days()
                    + " simulated day(s) from " + scenario.start() + ", seed " + options.seed() + ", broker "
                    + broker.uri());
            for (int i = 0; i < options.hubs(); i++) {
                intakes.add(playHub(i, scripts.get(i), keys.get(i), scenario, broker.uri(), diag));
            }
            List<ReceivedMessage> messages = collector.awaitStragglers(broker::publishCount, STRAGGLER_QUIET,
                    STRAGGLER_MAX);
            for (int i = 0; i < options.hubs(); i++) {
                results.add(reconcile(i, scripts.get(i), keys.get(i), intakes.get(i), messages, broker, diag));
            }
        }
        boolean passed = results.stream().allMatch(HubResult::passed);
        return new HilSummary(scenario.name(), options.seed(), options.hubs(), scenario.start().toString(),
                scenario.days(), diag, faults, passed, results);
    }

    /** What one agent took in and how it stopped. */
    private record Intake(long played, long accepted, List<String> problems) {}

    private Intake playHub(int i, HubScript script, RunKeys keys, Scenario scenario, String brokerUri, boolean diag)
            throws IOException, InterruptedException {
        Path folder = hubFolder(i);
        AgentSettings settings = AgentSettings.forDemo(keys.deviceIdHex(), scenario.timezone(),
                keys.deviceSigningPrivate(), keys.deviceKemPrivate(), keys.backendKemPublic(), brokerUri, folder);
        List<String> problems = new ArrayList<>();
        try (AgentProcess agent = AgentProcess.launch(settings, folder, options.agentTimeout(),
                AgentProcess.classPathEntry(agentMain), JvmFlags.hub().flags())) {
            int played = IngestPlayer.playEvents(agent.ingest(), script.playable(diag));
            AgentStatus intake = agent.awaitIntake(played, options.agentTimeout());
            if (intake.eventsAccepted() < played) {
                problems.add("the agent accepted " + intake.eventsAccepted() + " of " + played + " events");
            }
            StopResult stopped = agent.stop(options.agentTimeout());
            if (!(stopped instanceof StopResult.Exited exited && exited.code() == 0)) {
                problems.add("the agent did not exit 0 on SIGTERM: " + stopped);
            }
            out.println("hil: hub " + i + " played " + played + " events (" + script.calls() + " calls); agent"
                    + " accepted " + intake.eventsAccepted());
            return new Intake(played, intake.eventsAccepted(), problems);
        }
    }

    private HubResult reconcile(int i, HubScript script, RunKeys keys, Intake intake, List<ReceivedMessage> all,
            EmbeddedBroker broker, boolean diag) throws IOException, KeyLoadException {
        String prefix = "telo/v1/" + keys.deviceIdHex() + "/";
        List<ReceivedMessage> mine = all.stream().filter(m -> m.topic().startsWith(prefix)).toList();
        CollectedReports collected = new ReportReader(ReportOpener.forRun(keys)).read(mine);
        List<Finding> findings = RunScan.scan(script.secrets(), broker.sightings(), collected.reports(),
                hubFolder(i));
        List<String> problems = new ArrayList<>(intake.problems());
        if (collected.callsCounted() != script.calls()) {
            problems.add("calls counted (" + collected.callsCounted() + ") differ from calls played ("
                    + script.calls() + ")");
        }
        long unopened = collected.rejected().stream().filter(r -> !"REPLAY".equals(r.reason())).count();
        if (unopened > 0) {
            problems.add(unopened + " message(s) on this hub's topics did not open");
        }
        if (!findings.isEmpty()) {
            problems.add(findings.size() + " finding(s) of played personal data or canaries");
        }
        findings.forEach(f -> out.println("hil: hub " + i + " " + f.line()));
        problems.forEach(p -> out.println("hil: hub " + i + " check failed: " + p));
        var played = script.countsByType();
        if (!diag) {
            played.remove(com.ooma.telo.simulator.event.EventTypes.DIAG_LOG);
        }
        return new HubResult(i, keys.deviceIdHex(), intake.played(), intake.accepted(), script.calls(),
                collected.callsCounted(), collected.reports().size(), (int) unopened,
                findings.stream().map(Finding::line).toList(), played, problems);
    }

    private Path hubFolder(int i) throws IOException {
        return Files.createDirectories(options.out().resolve("hub-" + i));
    }

    private static String describe(Fault f) {
        return f.kind().name().toLowerCase(java.util.Locale.ROOT) + " at " + f.at()
                + (f.duration() != null ? " for " + f.duration() : "") + (f.by() != null ? " by " + f.by() : "")
                + " on " + Math.round(f.hubs() * 100) + " % of hubs";
    }
}
