package com.ooma.telo.agent.cli;

import com.ooma.telo.agent.AgentPipeline;
import com.ooma.telo.agent.config.AgentConfig;
import com.ooma.telo.agent.config.ConfigException;
import com.ooma.telo.agent.config.ConfigLoader;
import com.ooma.telo.agent.log.AgentLogging;
import com.ooma.telo.agent.seal.KeyLoadException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tinylog.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run}: the daemon. Prints {@code ready ingest=HOST:PORT status=HOST:PORT} once listening; SIGTERM or SIGINT
 * seals and publishes the open windows, then exits 0. A start that fails prints one line naming the problem and
 * exits with an {@link ExitStatus}: 2 when the configuration or keys are wrong, 65 when a state file is damaged,
 * 75 when it may pass (port in use, disk full).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the agent daemon until SIGTERM.")
final class RunCommand implements Callable<Integer> {
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", required = true, description = "Agent properties file.")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one config key (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * {@code run} from {@link RunArgs}, without picocli: what picocli's {@code execute} would do with the same
     * arguments, down to the exit status 1 and stack trace of an unexpected exception.
     */
    static int direct(RunArgs args, PrintWriter out, PrintWriter err) {
        RunCommand c = new RunCommand();
        c.config = args.config();
        c.overrides = new ArrayList<>(args.overrides());
        try {
            return c.run(out, err);
        } catch (Exception e) {
            e.printStackTrace(err);
            err.flush();
            return 1;
        }
    }

    private int run(PrintWriter out, PrintWriter err) throws Exception {
        AgentConfig cfg;
        try {
            cfg = ConfigLoader.load(config, overrides);
        } catch (ConfigException e) {
            return refuse(err, e);
        }
        try {
            AgentLogging.configure(cfg.logTargets(), cfg.logLevel());
        } catch (IllegalStateException alreadyInUse) {
            // Run in-process after something logged (tests): the default config already redacts every line.
            err.println("telo-agent: logging was already in use; log.file and log.level are not applied");
        }
        try (InstanceLock lock = InstanceLock.acquire(cfg.stateDir())) {
            return runUntilStopped(AgentPipeline.start(cfg, Clock.systemUTC(), new SecureRandom()), out);
        } catch (KeyLoadException | java.io.IOException | io.netty.channel.ChannelException e) {
            return refuse(err, e);
        }
    }

    /** One line on stderr saying what stopped the start; the exit status says whether trying again can help. */
    private static int refuse(PrintWriter err, Exception e) {
        ExitStatus status = ExitStatus.of(e);
        err.println(status == ExitStatus.TEMPORARY
                ? "telo-agent: cannot start for now: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                : "telo-agent: cannot start: " + e.getMessage());
        return status.code;
    }

    private int runUntilStopped(AgentPipeline pipeline, PrintWriter out) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        StopSignals.onStop(stop::countDown);
        out.println("ready ingest=" + hostPort(pipeline.ingestAddress())
                + pipeline.statusAddress().map(a -> " status=" + hostPort(a)).orElse(""));
        out.flush();
        stop.await();
        Logger.info("stop requested: sealing open windows");
        pipeline.shutdown(DRAIN_TIMEOUT);
        return ExitStatus.STOPPED.code;
    }

    private static String hostPort(InetSocketAddress a) {
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }
}
