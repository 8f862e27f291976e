package com.ooma.telo.simulator.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.CanonicalCbor;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.MessageType;
import com.ooma.telo.agent.seal.Receipt;
import com.ooma.telo.agent.seal.ReceiptOpener;
import com.ooma.telo.simulator.testing.Mosquitto;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector's receipts, read by the device's own {@link ReceiptOpener}: after a pass, each device gets one
 * receipt naming, as ranges, every report the collector stored and every duplicate it saw again, and nothing of
 * another device; the collector never tries to open the receipts it hears on its own subscription.
 */
class ReceiptSenderTest {
    @TempDir
    Path dir;

    private record Device(String id, Path keys, EnvelopeSealer sealer, List<Long> seqs) { }

    @Test
    void onePassSendsEachDeviceOneReceipt_coveringWhatWasStoredAndSeenAgain() throws Exception {
        Path backend = dir.resolve("backend");
        KeyFiles.generateBackend(backend);
        Path registryDir = Files.createDirectories(dir.resolve("registry"));
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path d = dir.resolve("device-" + i);
            KeyFiles.generateDevice(d);
            Files.copy(d.resolve(KeyFiles.ENROLMENT), registryDir.resolve("hub-" + i + ".json"));
            String id = KeyFiles.readDeviceId(d.resolve(KeyFiles.DEVICE_ID));
            devices.add(new Device(id, d, EnvelopeSealer.load(id, d.resolve(KeyFiles.DEVICE_SIGNING),
                    backend.resolve("backend-kem.pub.pem"), d.resolve("state"), Clock.systemUTC()),
                    new ArrayList<>()));
        }
        DeviceRegistry registry = DeviceRegistry.load(registryDir, backend.resolve(KeyFiles.BACKEND_KEM));

        try (Mosquitto broker = Mosquitto.startOrSkip(dir);
                ReceiptSender receipts = ReceiptSender.start(registry, backend.resolve(KeyFiles.BACKEND_COMMAND),
                        dir.resolve("receipt-state"), Clock.systemUTC(), Duration.ofHours(1));
                FleetCollector collector = FleetCollector.start("a", broker.uri(), null, registry,
                        ReportStore.inProcess(), ReportStored.nothing(), Clock.systemUTC(),
                        new FleetCollector.Options(false, receipts))) {
            List<String[]> heard = new CopyOnWriteArrayList<>();
            MqttClient hubs = new MqttClient(broker.uri(), "test-hubs", new MemoryPersistence());
            hubs.connect();
            hubs.subscribe("telo/v1/+/receipt", 1, (topic, m) -> heard.add(new String[] {topic,
                    java.util.HexFormat.of().formatHex(m.getPayload())}));
            int published = 0;
            for (Device d : devices) {
                byte[] first = null;
                for (int n = 0; n < 5; n++) {
                    byte[] sealed = d.sealer().seal(MessageType.TELEMETRY,
                            CanonicalCbor.encode(Map.of("v", 3, "kind", "health", "boot", 1, "n", n)));
                    first = first == null ? sealed : first;
                    d.seqs().add(ByteBuffer.wrap(sealed).getLong(30));
                    hubs.publish("telo/v1/" + d.id() + "/health", sealed, 1, false);
                    published++;
                }
                hubs.publish("telo/v1/" + d.id() + "/health", first, 1, false); // a resend: receipted again
                published++;
            }
            int expected = published;
            await(() -> collector.received() == expected);
            receipts.flush();
            await(() -> heard.size() == devices.size());

            for (Device d : devices) {
                List<String[]> mine = heard.stream().filter(h -> h[0].equals("telo/v1/" + d.id() + "/receipt"))
                        .toList();
                assertThat(mine).as("one receipt per device per pass").hasSize(1);
                ReceiptOpener opener = ReceiptOpener.load(d.id(), d.keys().resolve(KeyFiles.DEVICE_KEM),
                        backend.resolve("backend-command.pub.pem"), Clock.systemUTC());
                ReceiptOpener.Outcome o = opener.open(java.util.HexFormat.of().parseHex(mine.get(0)[1]), false);
                assertThat(o).isInstanceOf(ReceiptOpener.Outcome.Accepted.class);
                Receipt r = ((ReceiptOpener.Outcome.Accepted) o).receipt();
                int kid = Integer.parseUnsignedInt(d.sealer().signingKidHex(), 16);
                assertThat(d.seqs()).allMatch(s -> r.covers(kid, s));
                assertThat(r.ranges()).as("consecutive seqs as one range").hasSize(1);
            }
            assertThat(receipts.sent()).isEqualTo(devices.size());
            assertThat(collector.rejected()).as("its own receipts are not opened as reports").isEmpty();
            hubs.disconnect();
            hubs.close();
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
