package com.ooma.telo.agent.testing;

import com.ooma.telo.agent.seal.KeyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture for a whole agent in one folder: real device and backend keys (generated once) and the config
 * overrides that point an in-process {@code AgentPipeline} at them, with free ports and long windows by default.
 */
public record TestAgent(Path dir, String deviceId) {

    /** Generates {@code dir/dev} and {@code dir/be} keys unless already there. */
    public static TestAgent in(Path dir) throws Exception {
        if (!Files.exists(dir.resolve("dev/device.id"))) {
            KeyFiles.generateDevice(dir.resolve("dev"));
            KeyFiles.generateBackend(dir.resolve("be"));
        }
        return new TestAgent(dir, KeyFiles.readDeviceId(dir.resolve("dev/device.id")));
    }

    public Path device(String file) {
        return dir.resolve("dev").resolve(file);
    }

    public Path backend(String file) {
        return dir.resolve("be").resolve(file);
    }

    /** Overrides for {@code ConfigLoader.load(null, ...)}; later entries in {@code extra} win. */
    public List<String> config(String brokerUri, String... extra) {
        List<String> sets = new ArrayList<>(List.of("device.id=" + deviceId, "device.timezone=UTC",
                "keys.device_signing=" + device("device-signing.pem"),
                "keys.device_kem=" + device("device-kem.pem"),
                "keys.backend_public=" + backend("backend-kem.pub.pem"),
                "keys.backend_command=" + backend("backend-command.pub.pem"),
                "ingest.port=0", "status.port=-1", "state.dir=" + dir.resolve("state"),
                "spool.dir=" + dir.resolve("spool"), "publish.broker=" + brokerUri,
                "report.health.interval=PT15M", "report.usage.interval=P1D", "report.jitter=PT0S", "publish.start_delay_max=PT0S",
                "consent.level=full"));
        sets.addAll(List.of(extra));
        return sets;
    }
}
