package com.ooma.telo.simulator.hub;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the demo tells the agent, written as the agent's properties config file: its identity and keys, the run's
 * folders, the broker, and short report intervals so a demo sees several windows in seconds; {@code extra} keys
 * (a harness's additions, such as {@code publish.ack=receipt}) are written last and win.
 */
public record AgentSettings(
        String deviceIdHex,
        ZoneId timezone,
        Path deviceSigningPrivate,
        Path deviceKemPrivate,
        Path backendKemPublic,
        String brokerUri,
        Path stateDir,
        Path spoolDir,
        Path logFile,
        Duration healthInterval,
        Duration usageInterval,
        Map<String, String> extra) {

    static final long SPOOL_MAX_BYTES = 4L * 1024 * 1024;

    public AgentSettings {
        extra = Map.copyOf(extra);
    }

    /** The demo's settings: everything under {@code runRoot}, health every 2 s, usage every 5 s, no jitter. */
    public static AgentSettings forDemo(String deviceIdHex, ZoneId timezone, Path deviceSigningPrivate,
            Path deviceKemPrivate, Path backendKemPublic, String brokerUri, Path runRoot) {
        Path agent = runRoot.resolve("agent");
        return new AgentSettings(deviceIdHex, timezone, deviceSigningPrivate, deviceKemPrivate, backendKemPublic,
                brokerUri, agent.resolve("state"), agent.resolve("spool"), agent.resolve("agent.log"),
                Duration.ofSeconds(2), Duration.ofSeconds(5), Map.of());
    }

    /** The same settings with {@code key=value} added to the config (overriding what the demo would write). */
    public AgentSettings with(String key, String value) {
        Map<String, String> more = new TreeMap<>(extra);
        more.put(key, value);
        return new AgentSettings(deviceIdHex, timezone, deviceSigningPrivate, deviceKemPrivate, backendKemPublic,
                brokerUri, stateDir, spoolDir, logFile, healthInterval, usageInterval, more);
    }

    /** The same settings with the state and spool in other folders (a small file system of their own, say). */
    public AgentSettings withStorage(Path state, Path spool) {
        return new AgentSettings(deviceIdHex, timezone, deviceSigningPrivate, deviceKemPrivate, backendKemPublic,
                brokerUri, state, spool, logFile, healthInterval, usageInterval, extra);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("device.id", deviceIdHex);
        p.setProperty("device.timezone", timezone.getId());
        p.setProperty("keys.device_signing", deviceSigningPrivate.toAbsolutePath().toString());
        p.setProperty("keys.device_kem", deviceKemPrivate.toAbsolutePath().toString());
        p.setProperty("keys.backend_public", backendKemPublic.toAbsolutePath().toString());
        // KeyFiles.generateBackend writes the command key beside the KEM key.
        p.setProperty("keys.backend_command",
                backendKemPublic.toAbsolutePath().resolveSibling("backend-command.pub.pem").toString());
        p.setProperty("ingest.host", "127.0.0.1");
        p.setProperty("ingest.port", "0");
        p.setProperty("status.port", "0");
        p.setProperty("state.dir", stateDir.toAbsolutePath().toString());
        p.setProperty("spool.dir", spoolDir.toAbsolutePath().toString());
        p.setProperty("spool.max_bytes", Long.toString(SPOOL_MAX_BYTES));
        p.setProperty("publish.broker", brokerUri);
        p.setProperty("report.health.interval", healthInterval.toString());
        p.setProperty("report.usage.interval", usageInterval.toString());
        p.setProperty("report.jitter", "PT0S");
        p.setProperty("publish.start_delay_max", "PT0S"); // the demo connects at once; a hub waits up to 10 s
        p.setProperty("consent.level", "full");
        p.setProperty("log.file", logFile.toAbsolutePath().toString());
        extra.forEach(p::setProperty);
        return p;
    }

    /** Writes the config file (and creates the folders the agent expects to exist). */
    Path writeConfig(Path file) throws IOException {
        Files.createDirectories(stateDir);
        Files.createDirectories(spoolDir);
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            toProperties().store(w, "written by telo-simulator demo");
        }
        return file;
    }
}
