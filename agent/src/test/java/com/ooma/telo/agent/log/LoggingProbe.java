package com.ooma.telo.agent.log;

import com.ooma.telo.agent.AgentPipeline;
import com.ooma.telo.agent.config.AgentConfig;
import com.ooma.telo.agent.config.ConfigLoader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Run in a fresh JVM (tinylog's configuration is frozen in the test JVM), in one of three modes:
 * <ul>
 *   <li>{@code LOG}: configures logging to stderr and {@code LOG}, logs personal data through every API, shuts
 *       tinylog down ({@link AgentLoggingTest});</li>
 *   <li>{@code --hold LOG}: the same without the shutdown; prints {@code logged} on stdout and waits to be killed,
 *       so a test can read the file while tinylog still runs, and after a {@code kill -9};</li>
 *   <li>{@code --agent KEY=VALUE...}: configures logging from those config overrides as {@code run} does, starts
 *       an in-process agent and prints {@code ready PORT}; each line {@code N} on stdin waits (at most 60 s) until
 *       the agent has counted {@code N} ingest connections, then prints
 *       {@code connections=C connection_errors=E log_suppressed=S}; end of stdin closes the agent ({@link LogFloodTest}).</li>
 * </ul>
 */
public final class LoggingProbe {
    /** The format of the ingest connection-error site, whose throttle the {@code --agent} mode reports. */
    static final String CONNECTION_ERROR = "ingest: connection error {}; closing that connection";

    private LoggingProbe() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--agent")) {
            agent(Arrays.asList(args).subList(1, args.length));
            return;
        }
        boolean hold = args[0].equals("--hold");
        AgentLogging.configure(LogTargets.withDefaults(Path.of(args[hold ? 1 : 0])), "info");
        org.tinylog.Logger.info("tinylog: call from +1 415 555 0142");
        java.util.logging.Logger.getLogger("org.eclipse.paho").warning("jul: connect from 198.51.100.23 refused");
        org.slf4j.LoggerFactory.getLogger("io.netty").info("slf4j: peer bob@example.net closed");
        org.tinylog.Logger.debug("debug is below the level: 650-555-0177");
        if (hold) {
            System.out.println("logged");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
        org.tinylog.provider.ProviderRegistry.getLoggingProvider().shutdown();
    }

    private static void agent(List<String> sets) throws Exception {
        AgentConfig cfg = ConfigLoader.load(null, sets);
        AgentLogging.configure(cfg.logTargets(), cfg.logLevel());
        AgentPipeline agent = AgentPipeline.start(cfg, Clock.systemUTC(), new SecureRandom());
        System.out.println("ready " + agent.ingestAddress().getPort());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            long expected = Long.parseLong(line.trim());
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (connections(agent) < expected && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            System.out.println("connections=" + connections(agent)
                    + " connection_errors=" + ThrottledLog.occurrences(CONNECTION_ERROR)
                    + " log_suppressed=" + agent.counters().get("log.suppressed"));
            System.out.flush();
        }
        agent.close();
        org.tinylog.provider.ProviderRegistry.getLoggingProvider().shutdown();
    }

    private static long connections(AgentPipeline agent) {
        return agent.counters().getOrDefault("ingest.connections", -1L);
    }
}
