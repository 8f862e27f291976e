package com.ooma.telo.simulator.fleet;

import com.ooma.telo.agent.config.AgentConfig;
import com.ooma.telo.agent.config.ConfigException;
import com.ooma.telo.agent.config.ConfigLoader;
import com.ooma.telo.simulator.collector.RunKeys;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;

/**
 * One fleet hub's agent config, written to {@code DIR/hub-i/agent.properties} (so a failing hub can be started alone
 * with {@code telo-agent run --config}) and loaded through the agent's own loader.
 */
final class FleetConfig {
    /** A report per simulated hour on each channel: 48 a hub-day, enough to place a gap by the hour. */
    static final Duration HEALTH_INTERVAL = Duration.ofHours(1);
    static final Duration USAGE_INTERVAL = Duration.ofHours(1);

    private FleetConfig() {}

    static AgentConfig write(RunKeys keys, ZoneId zone, String brokerUri, Path folder)
            throws IOException, ConfigException {
        Path state = Files.createDirectories(folder.resolve("agent/state"));
        Path spool = Files.createDirectories(folder.resolve("agent/spool"));
        Properties p = new Properties();
        p.setProperty("device.id", keys.deviceIdHex());
        p.setProperty("device.timezone", zone.getId());
        p.setProperty("keys.device_signing", keys.deviceSigningPrivate().toAbsolutePath().toString());
        p.setProperty("keys.device_kem", keys.deviceKemPrivate().toAbsolutePath().toString());
        p.setProperty("keys.backend_public", keys.backendKemPublic().toAbsolutePath().toString());
        p.setProperty("keys.backend_command",
                keys.backendKemPublic().toAbsolutePath().resolveSibling("backend-command.pub.pem").toString());
        p.setProperty("ingest.host", "127.0.0.1");
        p.setProperty("ingest.port", "0");
        // The harness writes a few lines a simulated minute; the real-time idle bound must not close it between.
        p.setProperty("ingest.idle_timeout", "PT24H");
        // The queue's slots are allocated up front: the minimum keeps a thousand hubs' queues at ~8 KiB each.
        p.setProperty("ingest.queue_max_events", "1024");
        p.setProperty("status.port", "-1"); // no status server: the harness reads AgentPipeline.progress()
        p.setProperty("state.dir", state.toAbsolutePath().toString());
        p.setProperty("spool.dir", spool.toAbsolutePath().toString());
        p.setProperty("spool.max_bytes", Long.toString(4L * 1024 * 1024));
        p.setProperty("publish.broker", brokerUri);
        p.setProperty("publish.start_delay_max", "PT0S");
        p.setProperty("report.health.interval", HEALTH_INTERVAL.toString());
        p.setProperty("report.usage.interval", USAGE_INTERVAL.toString());
        p.setProperty("report.jitter", "PT0S");
        p.setProperty("consent.level", "full");
        Path file = folder.resolve("agent.properties");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "written by telo-simulator hil --mode fleet");
        }
        return ConfigLoader.load(file, List.of());
    }
}
