package com.ooma.telo.simulator.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.CanonicalCbor;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.MessageType;
import com.ooma.telo.simulator.testing.Mosquitto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two collectors on one real Mosquitto, one shared subscription: several devices publish, some reports twice; each
 * report is stored exactly once between the two, every second copy is counted as a duplicate, nothing is refused.
 */
class FleetCollectorTest {
    private static final int DEVICES = 4;
    private static final int REPORTS_EACH = 30;
    private static final int REPLAYED_EACH = 6;

    @TempDir
    Path dir;

    private record Device(String id, EnvelopeSealer sealer) {}

    @Test
    void twoCollectorsOnASharedSubscription_storeEachReportOnce_andCountDuplicates() throws Exception {
        Path backend = dir.resolve("backend");
        KeyFiles.generateBackend(backend);
        Path registryDir = Files.createDirectories(dir.resolve("registry"));
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            Path d = dir.resolve("device-" + i);
            KeyFiles.generateDevice(d);
            Files.copy(d.resolve(KeyFiles.ENROLMENT), registryDir.resolve("hub-" + i + ".json"));
            String id = KeyFiles.readDeviceId(d.resolve(KeyFiles.DEVICE_ID));
            devices.add(new Device(id, EnvelopeSealer.load(id, d.resolve(KeyFiles.DEVICE_SIGNING),
                    backend.resolve("backend-kem.pub.pem"), d.resolve("state"), Clock.systemUTC())));
        }
        DeviceRegistry registry = DeviceRegistry.load(registryDir, backend.resolve(KeyFiles.BACKEND_KEM));
        assertThat(registry.devices()).hasSize(DEVICES);

        ReportStore store = ReportStore.inProcess();
        AtomicInteger hooked = new AtomicInteger();
        ReportStored hook = (r, boot) -> hooked.incrementAndGet();
        try (Mosquitto broker = Mosquitto.startOrSkip(dir);
                FleetCollector a = FleetCollector.start("a", broker.uri(), "fleet", registry, store, hook,
                        Clock.systemUTC());
                FleetCollector b = FleetCollector.start("b", broker.uri(), "fleet", registry, store, hook,
                        Clock.systemUTC())) {
            assertThat(a.filter()).isEqualTo("$share/fleet/telo/v1/+/+");
            MqttClient publisher = new MqttClient(broker.uri(), "test-devices", new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setMaxInflight(1000);
            publisher.connect(options);
            for (Device d : devices) {
                List<byte[]> sent = new ArrayList<>();
                for (int n = 0; n < REPORTS_EACH; n++) {
                    byte[] sealed = d.sealer().seal(MessageType.TELEMETRY,
                            CanonicalCbor.encode(Map.of("v", 3, "kind", "health", "boot", 1, "n", n)));
                    sent.add(sealed);
                    publisher.publish("telo/v1/" + d.id() + "/health", sealed, 1, false);
                }
                for (int n = 0; n < REPLAYED_EACH; n++) {
                    publisher.publish("telo/v1/" + d.id() + "/health", sent.get(n * 3), 1, false);
                }
            }
            publisher.disconnect();
            publisher.close();

            int total = DEVICES * (REPORTS_EACH + REPLAYED_EACH);
            await(() -> a.received() + b.received() == total);

            List<StoredReport> all = new ArrayList<>(a.stored());
            all.addAll(b.stored());
            Set<String> names = new HashSet<>();
            all.forEach(r -> names.add(r.deviceIdHex() + "/" + r.bootEpoch() + "/" + r.report().seq()));
            assertThat(all).hasSize(DEVICES * REPORTS_EACH);
            assertThat(names).as("no report stored by both").hasSize(DEVICES * REPORTS_EACH);
            assertThat(a.duplicates() + b.duplicates()).isEqualTo(DEVICES * REPLAYED_EACH);
            assertThat(a.rejected()).isEmpty();
            assertThat(b.rejected()).isEmpty();
            assertThat(hooked).hasValue(DEVICES * REPORTS_EACH);
            assertThat(a.stored()).as("the broker split the fleet between the two").isNotEmpty();
            assertThat(b.stored()).as("the broker split the fleet between the two").isNotEmpty();
            assertThat(a.received() + b.received()).as("each message reached one member only").isEqualTo(total);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
