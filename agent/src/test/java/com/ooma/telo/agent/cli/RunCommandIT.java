package com.ooma.telo.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.OpenResult;
import com.ooma.telo.agent.testing.MoquetteBroker;
import com.ooma.telo.agent.testing.Subscriber;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon as a real child process: prints its ready line, and SIGTERM seals, publishes and exits 0. */
class RunCommandIT {
    @TempDir
    Path dir;

    @Test
    void sigterm_sealsAndPublishesTheOpenWindow_thenExitsZero() throws Exception {
        KeyFiles.generateDevice(dir.resolve("dev"));
        KeyFiles.generateBackend(dir.resolve("be"));
        String id = KeyFiles.readDeviceId(dir.resolve("dev/device.id"));
        try (MoquetteBroker broker = MoquetteBroker.start();
             Subscriber backend = new Subscriber(broker.uri(), "telo/v1/" + id + "/usage")) {
            Path cfg = dir.resolve("agent.properties");
            Files.writeString(cfg, "device.id=" + id + "\nkeys.device_signing=dev/device-signing.pem\n"
                    + "keys.device_kem=dev/device-kem.pem\nkeys.backend_public=be/backend-kem.pub.pem\n"
                    + "keys.backend_command=be/backend-command.pub.pem\n"
                    + "ingest.port=0\nstatus.port=0\nconsent.level=full\nreport.usage.interval=P1D\n"
                    + "publish.broker=" + broker.uri() + "\npublish.start_delay_max=PT0S\nlog.file=agent.log\n");
            Process agent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), TeloAgent.class.getName(),
                    "run", "--config", cfg.toString())
                    .redirectError(dir.resolve("stderr.txt").toFile()).start();
            try {
                BufferedReader out = new BufferedReader(
                        new InputStreamReader(agent.getInputStream(), StandardCharsets.UTF_8));
                String ready = out.readLine();
                assertThat(ready).matches("ready ingest=127\\.0\\.0\\.1:\\d+ status=127\\.0\\.0\\.1:\\d+");

                agent.destroy(); // SIGTERM
                assertThat(agent.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(agent.exitValue()).isZero();
                assertThat(backend.await(m -> !m.isEmpty(), Duration.ofSeconds(5)))
                        .as("the open usage window was sealed and published on SIGTERM").isTrue();
                assertThat(Files.readString(dir.resolve("agent.log"))).contains("stop requested");
            } finally {
                agent.destroyForcibly();
            }
        }
    }

    @Test
    void killMinus9_brokerPublishesTheSealedOfflineWill() throws Exception {
        List<Subscriber.Message> state = stateAfterKill("essential");
        assertThat(state).as("will published").isNotEmpty();
        EnvelopeOpener opener = EnvelopeOpener.load(dir.resolve("be/backend-kem.pem"),
                dir.resolve("dev/device-signing.pub.pem"));
        List<String> kinds = new java.util.ArrayList<>();
        for (Subscriber.Message m : state) {
            OpenResult r = opener.open(m.payload());
            assertThat(r).isInstanceOf(OpenResult.Opened.class);
            kinds.add(new CBORMapper().readTree(((OpenResult.Opened) r).plaintext()).get("kind").asText());
        }
        // the birth of the connection (unless the kill came first), then the will the broker published for it
        assertThat(kinds).isIn(List.of("birth", "offline"), List.of("offline"));
    }

    @Test
    void consentOff_registersNoWill() throws Exception {
        assertThat(stateAfterKill("off")).as("consent off publishes no birth and no will on state").isEmpty();
    }

    /** Starts the agent, waits until it is connected, kills it with SIGKILL, returns what came on {@code state}. */
    private List<Subscriber.Message> stateAfterKill(String consent) throws Exception {
        KeyFiles.generateDevice(dir.resolve("dev"));
        KeyFiles.generateBackend(dir.resolve("be"));
        String id = KeyFiles.readDeviceId(dir.resolve("dev/device.id"));
        String topic = "telo/v1/" + id + "/state";
        try (MoquetteBroker broker = MoquetteBroker.start(); Subscriber backend = new Subscriber(broker.uri(), topic)) {
            Path cfg = dir.resolve("agent.properties");
            Files.writeString(cfg, "device.id=" + id + "\nkeys.device_signing=dev/device-signing.pem\n"
                    + "keys.device_kem=dev/device-kem.pem\nkeys.backend_public=be/backend-kem.pub.pem\n"
                    + "keys.backend_command=be/backend-command.pub.pem\nconsent.level=" + consent + "\n"
                    + "ingest.port=0\nstatus.port=0\npublish.broker=" + broker.uri() + "\npublish.start_delay_max=PT0S\n");
            Process agent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), TeloAgent.class.getName(),
                    "run", "--config", cfg.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                String ready = new BufferedReader(new InputStreamReader(agent.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                assertThat(ready).startsWith("ready ");
                awaitConnected(ready.substring(ready.indexOf("status=") + 7));
            } finally {
                agent.destroyForcibly(); // SIGKILL: no DISCONNECT packet, so the broker sends the will, if any
                agent.waitFor(10, TimeUnit.SECONDS);
            }
            // A marker published after the kill: once it is in, a will (sent on the broker's disconnect) is too.
            MqttClient marker = Subscriber.connect(broker.uri(), "marker");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (backend.messages().stream().noneMatch(m -> m.payload().length == 0)
                    && System.nanoTime() < deadline) {
                marker.publish(topic, new byte[0], 1, false);
                backend.await(m -> m.stream().anyMatch(x -> x.payload().length == 0), Duration.ofMillis(500));
            }
            marker.disconnect();
            marker.close();
            return backend.messages().stream().filter(m -> m.payload().length > 0).toList();
        }
    }

    private static void awaitConnected(String status) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = java.net.URI.create("http://" + status + "/status");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!http.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body().contains("\"broker_connected\":true")) {
            assertThat(System.nanoTime()).as("agent connected to the broker").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
