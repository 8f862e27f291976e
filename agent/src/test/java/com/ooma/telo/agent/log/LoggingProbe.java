package com.ooma.telo.agent.log;

import java.nio.file.Path;

/** Run in a fresh JVM by {@link AgentLoggingTest}: configures logging, then logs personal data through every API. */
public final class LoggingProbe {
    private LoggingProbe() {}

    public static void main(String[] args) throws InterruptedException {
        AgentLogging.configure(Path.of(args[0]), "info");
        org.tinylog.Logger.info("tinylog: call from +1 415 555 0142");
        java.util.logging.Logger.getLogger("org.eclipse.paho").warning("jul: connect from 198.51.100.23 refused");
        org.slf4j.LoggerFactory.getLogger("io.netty").info("slf4j: peer bob@example.net closed");
        org.tinylog.Logger.debug("debug is below the level: 650-555-0177");
        org.tinylog.provider.ProviderRegistry.getLoggingProvider().shutdown();
    }
}
