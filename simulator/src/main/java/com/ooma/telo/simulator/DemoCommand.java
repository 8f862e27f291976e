package com.ooma.telo.simulator;

import com.ooma.telo.simulator.demo.DemoOptions;
import com.ooma.telo.simulator.demo.DemoOutcome;
import com.ooma.telo.simulator.demo.DemoRun;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code demo}: one household day through the live agent, opened by the backend key, scanned for leaks. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Embedded broker + live agent + a simulated household day + the reference collector.",
            "Exit 0 when every played call is counted in the opened usage reports and nothing personal is found;",
            "1 when a check fails; 2 when the demo could not run."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", description = "household RNG seed (default: ${DEFAULT-VALUE})")
    long seed = DemoOptions.DEFAULT_SEED;

    @Option(names = "--calls", description = "calls in the played day (default: ${DEFAULT-VALUE})")
    int calls = DemoOptions.DEFAULT_CALLS;

    @Option(names = "--date", description = "day to play, YYYY-MM-DD (default: yesterday in --timezone)")
    LocalDate date;

    @Option(names = "--timezone", description = "the household's time zone (default: ${DEFAULT-VALUE})")
    ZoneId timezone = ZoneId.of("America/Los_Angeles");

    @Option(names = "--emergency", description = "add one 911 call to the day")
    boolean emergency;

    @Option(names = "--plant-leak", description = "publish one message holding a played name: the demo must fail")
    boolean plantLeak;

    @Option(names = "--keep", description = "keep the run folder (keys, agent log, spool, state)")
    boolean keep;

    @Option(names = "--agent-timeout", description = "bound on each wait for the agent, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration agentTimeout = Duration.ofSeconds(30);

    @Option(names = "--agent-jar", description = "run this agent jar (java -jar, as shipped) instead of the agent "
            + "classes inside the simulator")
    java.nio.file.Path agentJar;

    @Override
    public Integer call() throws InterruptedException {
        if (calls < 1) {
            throw new ParameterException(spec.commandLine(), "--calls must be at least 1, got " + calls);
        }
        PrintWriter out = spec.commandLine().getOut();
        DemoOptions options = new DemoOptions(seed, calls, date, timezone, emergency, plantLeak, keep, agentTimeout,
                java.util.Optional.ofNullable(agentJar));
        DemoOutcome outcome = new DemoRun(options, Clock.systemUTC(), out).run();
        if (outcome instanceof DemoOutcome.CouldNotRun failed) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("demo: could not run: " + failed.why());
            err.flush();
        }
        return outcome.exitCode();
    }
}
