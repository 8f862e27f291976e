package com.ooma.telo.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.testing.MoquetteBroker;
import com.ooma.telo.agent.testing.Subscriber;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGHUP stops the daemon as SIGTERM does: seals and publishes the open window, exits 0 (it used to exit 129). */
class StopSignalsIT {
    @TempDir
    Path dir;

    @Test
    void sighup_sealsAndPublishesTheOpenWindow_thenExitsZero() throws Exception {
        KeyFiles.generateDevice(dir.resolve("dev"));
        KeyFiles.generateBackend(dir.resolve("be"));
        String id = KeyFiles.readDeviceId(dir.resolve("dev/device.id"));
        try (MoquetteBroker broker = MoquetteBroker.start();
             Subscriber backend = new Subscriber(broker.uri(), "telo/v1/" + id + "/usage")) {
            Path cfg = Files.writeString(dir.resolve("agent.properties"), "keys.device_signing=dev/device-signing.pem\n"
                    + "keys.device_kem=dev/device-kem.pem\nkeys.backend_public=be/backend-kem.pub.pem\n"
                    + "keys.backend_command=be/backend-command.pub.pem\n"
                    + "ingest.port=0\nstatus.port=0\nconsent.level=full\nreport.usage.interval=P1D\n"
                    + "publish.broker=" + broker.uri() + "\nlog.file=agent.log\n");
            Process agent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), TeloAgent.class.getName(),
                    "run", "--config", cfg.toString())
                    .redirectError(dir.resolve("stderr.txt").toFile()).start();
            try {
                String ready = new BufferedReader(new InputStreamReader(agent.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                assertThat(ready).as("device.id from dev/device.id; stderr: %s",
                        Files.readString(dir.resolve("stderr.txt"))).startsWith("ready ");

                Process hup = new ProcessBuilder("kill", "-HUP", Long.toString(agent.pid())).start();
                assertThat(hup.waitFor()).isZero();

                assertThat(agent.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(agent.exitValue()).isZero();
                assertThat(backend.await(m -> !m.isEmpty(), Duration.ofSeconds(5)))
                        .as("the open usage window was sealed and published on SIGHUP").isTrue();
                assertThat(Files.readString(dir.resolve("agent.log"))).contains("stop requested");
            } finally {
                agent.destroyForcibly();
            }
        }
    }
}
