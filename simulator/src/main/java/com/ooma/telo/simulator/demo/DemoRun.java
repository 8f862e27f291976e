package com.ooma.telo.simulator.demo;

import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.simulator.broker.EmbeddedBroker;
import com.ooma.telo.simulator.collector.CollectedReports;
import com.ooma.telo.simulator.collector.ReferenceCollector;
import com.ooma.telo.simulator.collector.ReportOpener;
import com.ooma.telo.simulator.collector.ReportReader;
import com.ooma.telo.simulator.collector.RunKeys;
import com.ooma.telo.simulator.household.Household;
import com.ooma.telo.simulator.household.HouseholdDay;
import com.ooma.telo.simulator.household.HouseholdModel;
import com.ooma.telo.simulator.household.HouseholdProfile;
import com.ooma.telo.simulator.hub.AgentProcess;
import com.ooma.telo.simulator.hub.AgentSettings;
import com.ooma.telo.simulator.hub.AgentStatus;
import com.ooma.telo.simulator.hub.IngestPlayer;
import com.ooma.telo.simulator.hub.JvmFlags;
import com.ooma.telo.simulator.hub.StopResult;
import com.ooma.telo.simulator.leak.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * The demo, top to bottom: broker and collector up, keys made, agent launched, a household day played, agent
 * stopped, reports opened and printed, every surface scanned for what was played, one summary line.
 */
public final class DemoRun {
    private static final Duration STRAGGLER_QUIET = Duration.ofMillis(300);
    private static final Duration STRAGGLER_MAX = Duration.ofSeconds(5);

    private final DemoOptions options;
    private final Clock clock;
    private final PrintWriter out;

    private final String agentMain;

    public DemoRun(DemoOptions options, Clock clock, PrintWriter out) {
        this(options, clock, out, AgentProcess.AGENT_MAIN);
    }

    /** With another agent main class: tests use a stand-in that follows the agent's process contract. */
    DemoRun(DemoOptions options, Clock clock, PrintWriter out, String agentMain) {
        this.options = options;
        this.clock = clock;
        this.out = out;
        this.agentMain = agentMain;
    }

    public DemoOutcome run() throws InterruptedException {
        Path root;
        try {
            root = Files.createTempDirectory("telo-demo");
        } catch (IOException e) {
            return new DemoOutcome.CouldNotRun("cannot create a temporary folder: " + e.getMessage());
        }
        try {
            return runIn(root);
        } catch (IOException | MqttException | KeyLoadException e) {
            return new DemoOutcome.CouldNotRun(e.getMessage());
        } finally {
            finish(root);
        }
    }

    private DemoOutcome runIn(Path root) throws IOException, MqttException, KeyLoadException, InterruptedException {
        RunKeys keys = ReportOpener.generateKeys(root);
        HouseholdDay day = playDay();
        long played = day.calls().size();
        List<String> reasons = new ArrayList<>();
        try (EmbeddedBroker broker = EmbeddedBroker.start();
                ReferenceCollector collector = ReferenceCollector.subscribe(broker.uri(),
                        ReferenceCollector.ALL_DEVICES)) {
            out.println("demo: broker " + broker.uri() + ", device " + keys.deviceIdHex() + ", day " + day.date()
                    + " (" + options.timezone() + "), run folder " + root);
            AgentSettings settings = AgentSettings.forDemo(keys.deviceIdHex(), options.timezone(),
                    keys.deviceSigningPrivate(), keys.deviceKemPrivate(), keys.backendKemPublic(), broker.uri(), root);
            List<String> entry = options.agentJar().map(AgentProcess::jarEntry)
                    .orElse(AgentProcess.classPathEntry(agentMain));
            try (AgentProcess agent = AgentProcess.launch(settings, root, options.agentTimeout(), entry,
                    JvmFlags.hub().flags())) {
                IngestPlayer.play(agent.ingest(), day.calls());
                AgentStatus intake = agent.awaitIntake(played, options.agentTimeout());
                out.println("demo: played " + played + " calls; agent accepted " + intake.eventsAccepted()
                        + ", malformed " + intake.eventsMalformed());
                if (intake.eventsAccepted() < played) {
                    reasons.add("the agent accepted " + intake.eventsAccepted() + " of " + played + " events");
                }
                if (options.plantLeak()) {
                    LeakPlanter.plant(broker.uri(), keys.deviceIdHex(), plantedItem(day));
                    out.println("demo: planted one message holding a played caller name (--plant-leak)");
                }
                StopResult stopped = agent.stop(options.agentTimeout());
                if (!(stopped instanceof StopResult.Exited exited && exited.code() == 0)) {
                    reasons.add("the agent did not exit 0 on SIGTERM: " + stopped);
                }
            }
            CollectedReports collected = new ReportReader(ReportOpener.forRun(keys))
                    .read(collector.awaitStragglers(broker::publishCount, STRAGGLER_QUIET, STRAGGLER_MAX));
            collected.reports().forEach(r -> out.println(ReportReader.line(r)));
            collected.rejected().forEach(r -> out.println(ReportReader.line(r)));
            List<Finding> findings = RunScan.scan(day.items(), broker.sightings(), collected.reports(), root);
            findings.forEach(f -> out.println(f.line()));
            Summary summary = new Summary(played, collected.callsCounted(), collected.reports().size(),
                    findings.size());
            reasons.addAll(checks(summary, collected));
            reasons.forEach(r -> out.println("demo: check failed: " + r));
            out.println(summary.line());
            out.flush();
            return reasons.isEmpty() ? new DemoOutcome.Passed(summary) : new DemoOutcome.Failed(summary, reasons);
        }
    }

    private HouseholdDay playDay() {
        HouseholdProfile profile = options.emergencyCall()
                ? HouseholdProfile.typical().withEmergencyCall() : HouseholdProfile.typical();
        LocalDate date = options.date() != null ? options.date() : LocalDate.now(clock.withZone(options.timezone()))
                .minusDays(1);
        return HouseholdModel.seeded(profile, Household.fictional(), options.seed())
                .day(date, options.timezone(), options.calls());
    }

    private static String plantedItem(HouseholdDay day) {
        return day.items().names().stream().sorted().findFirst()
                .orElseGet(() -> day.items().numbers().stream().sorted().findFirst().orElseThrow());
    }

    private static List<String> checks(Summary s, CollectedReports collected) {
        List<String> reasons = new ArrayList<>();
        if (s.callsPlayed() != s.callsCounted()) {
            reasons.add("calls counted (" + s.callsCounted() + ") differ from calls played (" + s.callsPlayed() + ")");
        }
        if (collected.usageReports() == 0) {
            reasons.add("no usage report arrived");
        }
        // A redelivered report fails the replay window; anything else that does not open breaks the envelope contract.
        long unopened = collected.rejected().stream().filter(r -> !"REPLAY".equals(r.reason())).count();
        if (unopened > 0) {
            reasons.add(unopened + " message(s) on telo topics did not open as envelopes");
        }
        if (s.personalItemsFound() > 0) {
            reasons.add(s.personalItemsFound() + " personal item(s) found outside the agent");
        }
        return reasons;
    }

    private void finish(Path root) {
        if (options.keep()) {
            out.println("demo: run folder kept at " + root);
        } else {
            RunFolder.delete(root);
        }
        out.flush();
    }
}
