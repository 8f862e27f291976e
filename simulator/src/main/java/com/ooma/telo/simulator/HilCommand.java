package com.ooma.telo.simulator;

import com.ooma.telo.simulator.fleet.FleetOptions;
import com.ooma.telo.simulator.fleet.FleetRun;
import com.ooma.telo.simulator.hil.HilDelivery;
import com.ooma.telo.simulator.hil.HilOptions;
import com.ooma.telo.simulator.hil.HilRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hil}: N simulated households of one scenario through live agents at once, with faults, reconciled. */
@Command(name = "hil", mixinStandardHelpOptions = true,
        description = {"Hardware-in-loop: N households of a scenario, each through its own live agent, all at once,",
            "against the run's embedded broker or --broker URL, the scenario's faults on its schedule, every report",
            "receipted by live collectors (--ack, --collectors); calls reconciled exactly per hub, canaries scanned",
            "for; writes DIR/summary.json, DIR/junit.xml and DIR/report.html.",
            "Exit 0 when every hub reconciles and nothing leaked; 1 when a check fails; 2 when it could not run."})
final class HilCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** How the hubs run: each its own agent JVM on the wall clock, or all in this JVM on simulated time. */
    enum Mode { process, fleet }

    @Option(names = "--mode", description = "process: each hub a child agent JVM on the wall clock (1.."
            + HilOptions.MAX_HUBS + " hubs); fleet: every hub a full agent instance in this JVM on simulated time (1.."
            + FleetOptions.MAX_HUBS + " hubs; --day-length does not apply) (default: ${DEFAULT-VALUE})")
    Mode mode = Mode.process;

    @Option(names = "--scenario", description = "a built-in scenario (normal-week, outage-storm, international-heavy,"
            + " e911-test, broker-flaps) or a scenario file (default: ${DEFAULT-VALUE})")
    String scenario = "normal-week";

    @Option(names = "--hubs", description = "households, 1.." + HilOptions.MAX_HUBS + " (one agent JVM each) or, in"
            + " fleet mode, 1.." + FleetOptions.MAX_HUBS + " (default: ${DEFAULT-VALUE})")
    int hubs = 1;

    @Option(names = "--seed", description = "run seed: the same seed plays the same events (default: ${DEFAULT-VALUE})")
    long seed = HilOptions.DEFAULT_SEED;

    @Option(names = "--days", description = "simulated days to play, at most the scenario's (default: ${DEFAULT-VALUE};"
            + " 0 plays them all)")
    int days = 1;

    @Option(names = "--out", required = true, description = "folder for summary.json and each hub's agent folder")
    Path out;

    @Option(names = "--agent-timeout", description = "bound on each wait for an agent, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration agentTimeout = Duration.ofSeconds(60);

    @Option(names = "--faults", description = "fault kinds to apply: all, none, or a comma list such as"
            + " broker_restart,agent_kill (default: ${DEFAULT-VALUE}); the others are listed as not applied")
    String faults = "all";

    @Option(names = "--day-length", description = "wall time one simulated day takes, ISO-8601 (default:"
            + " ${DEFAULT-VALUE})")
    Duration dayLength = HilOptions.DEFAULT_DAY_LENGTH;

    @Option(names = "--broker", description = "embedded (the run's own Moquette) or tcp://host:port of an external"
            + " broker; each hub still reaches it through its own loopback proxy (default: ${DEFAULT-VALUE})")
    String broker = HilDelivery.EMBEDDED;

    @Option(names = "--ack", description = "receipt (a report leaves an agent's spool only when the run's collector"
            + " stored it and sent a signed receipt) or broker (at the broker's PUBACK) (default: ${DEFAULT-VALUE})")
    String ack = HilDelivery.RECEIPT;

    @Option(names = "--collectors", description = "live collectors splitting the fleet on one $share subscription,"
            + " 1.." + HilDelivery.MAX_COLLECTORS + " (default: ${DEFAULT-VALUE})")
    int collectors = 1;

    @Option(names = "--dp-epsilon", description = "the agents' privacy.daily_epsilon: 0 keeps local DP off and calls"
            + " reconcile exactly; above 0 (up to 100) usage counters are noised on the hub and calls reconcile"
            + " within 5 standard deviations of the noise (default: ${DEFAULT-VALUE})")
    double dpEpsilon = 0;

    @Override
    public Integer call() throws InterruptedException {
        if (mode == Mode.fleet) {
            for (String processOnly : new String[] {"--broker", "--ack", "--collectors", "--dp-epsilon"}) {
                if (spec.commandLine().getParseResult().hasMatchedOption(processOnly)) {
                    throw new ParameterException(spec.commandLine(), processOnly + " applies to --mode process;"
                            + " fleet mode runs its own embedded broker, acknowledges at the broker and reads"
                            + " what the broker recorded");
                }
            }
            FleetOptions fleet;
            try {
                fleet = new FleetOptions(scenario, hubs, seed, days, out, agentTimeout, faults);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            return new FleetRun(fleet, spec.commandLine().getOut()).run();
        }
        HilOptions options;
        HilDelivery delivery;
        try {
            options = new HilOptions(scenario, hubs, seed, days, out, agentTimeout, faults, dayLength);
            delivery = new HilDelivery(broker, ack, collectors, dpEpsilon);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return new HilRun(options, delivery, spec.commandLine().getOut()).run();
    }
}
