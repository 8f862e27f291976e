package com.ooma.telo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.CanonicalCbor;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.MessageType;
import com.ooma.telo.simulator.broker.BrokerConnection;
import com.ooma.telo.simulator.broker.BrokerSighting;
import com.ooma.telo.simulator.broker.EmbeddedBroker;
import com.ooma.telo.simulator.collector.ReportOpener;
import com.ooma.telo.simulator.collector.RunKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code collect} as a rig uses it: subscribe to a broker, open what a device publishes, print and judge it. */
class CollectCommandTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out) {
    }

    private Run collect(EmbeddedBroker broker, RunKeys keys, byte[]... payloads) throws Exception {
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> TeloSimulator.newCommandLine()
                .setOut(new PrintWriter(out)).execute("collect", "--broker", broker.uri(),
                        "--backend-key", keys.backendKemPrivate().toString(),
                        "--device-key", keys.deviceSigningPublic().toString(),
                        "--device-id", keys.deviceIdHex(), "--count", Integer.toString(payloads.length),
                        "--for", "PT20S"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (broker.sightings().stream().noneMatch(s -> s.kind() == BrokerSighting.Kind.SUBSCRIPTION)) {
            assertThat(System.nanoTime()).as("collector subscribed").isLessThan(deadline);
            Thread.onSpinWait();
        }
        MqttClient device = BrokerConnection.open(broker.uri(), "device-" + keys.deviceIdHex(), null, null);
        for (byte[] p : payloads) {
            device.publish("telo/v1/" + keys.deviceIdHex() + "/health", p, 1, false);
        }
        device.disconnect();
        device.close();
        return new Run(code.get(30, TimeUnit.SECONDS), out.toString());
    }

    private static byte[] report(EnvelopeSealer sealer, int n) {
        return sealer.seal(MessageType.TELEMETRY, CanonicalCbor.encode(Map.of("v", 2, "kind", "health", "n", n)));
    }

    @Test
    void opensAndPrintsEveryReport_andExitsZero() throws Exception {
        RunKeys keys = ReportOpener.generateKeys(dir);
        EnvelopeSealer sealer = EnvelopeSealer.load(keys.deviceIdHex(), keys.deviceSigningPrivate(),
                keys.backendKemPublic(), dir.resolve("state"), Clock.systemUTC());
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            Run run = collect(broker, keys, report(sealer, 1), report(sealer, 2));

            assertThat(run.exitCode()).as(run.out()).isZero();
            assertThat(run.out()).contains("\"report\":{\"n\":1,\"v\":2,\"kind\":\"health\"}",
                    "\"report\":{\"n\":2,\"v\":2,\"kind\":\"health\"}")
                    .contains("collect: reports=2 rejected=0 duplicates=0");
        }
    }

    @Test
    void aReplayedReport_isCountedAsADuplicate_andTheRunStillPasses() throws Exception {
        RunKeys keys = ReportOpener.generateKeys(dir);
        EnvelopeSealer sealer = EnvelopeSealer.load(keys.deviceIdHex(), keys.deviceSigningPrivate(),
                keys.backendKemPublic(), dir.resolve("state"), Clock.systemUTC());
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            byte[] once = report(sealer, 1);
            Run run = collect(broker, keys, once, once);

            assertThat(run.exitCode()).as(run.out()).isZero();
            assertThat(run.out()).contains("collect: reports=1 rejected=0 duplicates=1");
        }
    }

    @Test
    void aMessageThatDoesNotOpen_isListedAndFailsTheRun() throws Exception {
        RunKeys keys = ReportOpener.generateKeys(dir);
        EnvelopeSealer sealer = EnvelopeSealer.load(keys.deviceIdHex(), keys.deviceSigningPrivate(),
                keys.backendKemPublic(), dir.resolve("state"), Clock.systemUTC());
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            Run run = collect(broker, keys, report(sealer, 1), "not an envelope".getBytes(StandardCharsets.US_ASCII));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("\"rejected\":\"LENGTH\"").contains("collect: reports=1 rejected=1")
                    .doesNotContain("not an envelope");
        }
    }

    @Test
    void unreadableBackendKey_exits2_namingTheFile() {
        StringWriter err = new StringWriter();
        int code = TeloSimulator.newCommandLine().setErr(new PrintWriter(err)).execute("collect",
                "--broker", "tcp://127.0.0.1:1", "--backend-key", dir.resolve("missing.pem").toString(),
                "--device-key", dir.resolve("missing.pub.pem").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("missing.pem");
    }
}
