package com.ooma.telo.simulator.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.AgentPipeline;
import com.ooma.telo.agent.clock.AgentClock;
import com.ooma.telo.agent.config.ConfigLoader;
import com.ooma.telo.agent.seal.EnvelopeHeader;
import com.ooma.telo.simulator.hub.AgentProcess;
import com.ooma.telo.simulator.hub.AgentSettings;
import com.ooma.telo.simulator.testing.Await;
import com.ooma.telo.simulator.testing.Mosquitto;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery through the faults a hub meets, against a real Mosquitto, asserting exactly what an independent collector
 * received: the broker SIGKILLed and restarted during traffic (receipt mode: every spooled report stored once, every
 * call counted), and the agent SIGKILLed at random points and restarted on its files (no call the checkpoint had a
 * second to keep is lost, no seq is ever used for two different envelopes). The build runs a few of each; the
 * {@code soak} profile runs 20 broker crashes and 30 kills (the command is in docs/operations.md, "Soak").
 */
class DeliveryFaultIT {
    private static final int BROKER_CRASHES = Integer.getInteger("telo.soak.brokerCrashes", 4);
    private static final int AGENT_KILLS = Integer.getInteger("telo.soak.agentKills", 4);
    private static final int CALLS_PER_ROUND = 5;
    /** Past the backoff's 5-minute ceiling: the reconnect the agent scheduled is due at once. */
    private static final Duration OUTAGE_SKIP = Duration.ofSeconds(301);
    private static final Duration SETTLE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final Random random = new Random(20261203L);

    /**
     * The test's time, shared by the agent, the collector and its receipts: the host's clocks plus a skip. An outage
     * skips both clocks ahead together, so a reconnect backoff of up to 5 minutes passes at once without the agent
     * seeing its wall clock jump against its monotonic one.
     */
    private static final class SkippingTime {
        private final AtomicLong skippedNanos = new AtomicLong();
        final Clock wall = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return Instant.now().plusNanos(skippedNanos.get());
            }
        };

        long nanos() {
            return System.nanoTime() + skippedNanos.get();
        }

        void skip(Duration d) {
            skippedNanos.addAndGet(d.toNanos());
        }

        AgentClock agentClock() {
            return new AgentClock(wall, this::nanos);
        }
    }

    @Test
    void brokerCrashesDuringTraffic_receiptMode_storesEverySpooledReportOnce_andCountsEveryCall() throws Exception {
        KeyRig rig = KeyRig.in(dir);
        SkippingTime time = new SkippingTime();
        ReportStore store = ReportStore.inProcess();
        long callsSent = 0;
        SortedMap<String, Long> after;
        FleetCollector collector;
        ReceiptSender receipts;
        try (Mosquitto broker = Mosquitto.startOrSkip(Files.createDirectories(dir.resolve("broker")))) {
            receipts = ReceiptSender.start(rig.registry(), rig.be().resolve("backend-command.pem"),
                    dir.resolve("collector-state"), time.wall, ReceiptSender.DEFAULT_EVERY);
            collector = FleetCollector.start("backend", broker.uri(), null, rig.registry(), store,
                    ReportStored.nothing(), time.wall, new FleetCollector.Options(true, receipts));
            AgentPipeline agent = AgentPipeline.start(ConfigLoader.load(null, agentConfig(rig, broker.uri(),
                    "publish.ack=receipt", "publish.receipt_timeout=PT3S", "report.health.interval=PT1S",
                    "report.usage.interval=PT3S")), time.agentClock(), new SecureRandom());
            try {
                for (int round = 0; round < BROKER_CRASHES; round++) {
                    long connects = round + 1;
                    Await.until("connected again", () -> agent.counters().getOrDefault("publish.connects", 0L)
                            >= connects, SETTLE); // each crash hits a live connection
                    callsSent += sendCalls(agent.ingestAddress(), CALLS_PER_ROUND);
                    Thread.sleep(300 + random.nextInt(1_200)); // reports sealed and in flight when the broker dies
                    broker.crashAndRestart(); // SIGKILL: with persistence off, queued messages and sessions are gone
                    time.skip(OUTAGE_SKIP);
                }
                callsSent += sendCalls(agent.ingestAddress(), CALLS_PER_ROUND);
                long sent = callsSent;
                Await.until("every call counted", () -> agent.counters().getOrDefault("events_counted", 0L) >= sent,
                        SETTLE);
            } finally {
                agent.shutdown(SETTLE); // receipt mode: waits until receipts cover the spool
            }
            after = agent.counters();
            long spooled = after.getOrDefault("reports_spooled.health", 0L)
                    + after.getOrDefault("reports_spooled.usage", 0L);
            Await.quietly(() -> collector.stored().size() >= spooled, Duration.ofSeconds(10));
            collector.close();
            receipts.close();

            List<StoredReport> stored = collector.stored();
            System.out.printf("DeliveryFaultIT: %d broker crashes, %d reports spooled, %d stored, %d duplicates,"
                    + " %d resent, %d receipts, %d calls sent, %d counted%n", BROKER_CRASHES, spooled, stored.size(),
                    collector.duplicates(), after.getOrDefault("publish.receipt_resends", 0L), receipts.sent(),
                    callsSent, callsCounted(stored));
            assertThat(after.get("publish.connections_lost")).as("each crash was noticed")
                    .isGreaterThanOrEqualTo((long) BROKER_CRASHES);
            assertThat(collector.rejected()).as("nothing refused by the collector").isEmpty();
            assertThat(stored.stream().filter(r -> isSpooledKind(r.report().kind())).count())
                    .as("every report the agent spooled was stored, once").isEqualTo(spooled);
            assertThat(after.get("spool.pending")).as("the spool emptied, by receipts only").isZero();
            assertThat(after.get("receipts.covered")).isEqualTo(spooled);
            assertThat(callsCounted(stored)).as("every call played is counted in a stored usage report")
                    .isEqualTo(callsSent);
            after.forEach((k, v) -> {
                if (k.startsWith("receipts.refused.") || k.startsWith("reports_dropped.")) {
                    assertThat(v).as(k).isZero();
                }
            });
        }
    }

    @Test
    void agentKilledAtRandomPoints_losesNoCheckpointedCall_andNeverReusesASeq() throws Exception {
        KeyRig rig = KeyRig.in(dir);
        ReportStore store = ReportStore.inProcess();
        Map<String, byte[]> firstCopy = new ConcurrentHashMap<>();
        List<String> reusedSeqs = java.util.Collections.synchronizedList(new ArrayList<>());
        long callsSent = 0;
        try (Mosquitto broker = Mosquitto.startOrSkip(Files.createDirectories(dir.resolve("broker")));
             FleetCollector collector = FleetCollector.start("backend", broker.uri(), null, rig.registry(), store,
                     ReportStored.nothing(), Clock.systemUTC())) {
            MqttClient raw = rawSubscriber(broker.uri(), firstCopy, reusedSeqs);
            Path hub = Files.createDirectories(dir.resolve("hub"));
            AgentSettings settings = AgentSettings.forDemo(rig.deviceId(), ZoneId.of("America/Los_Angeles"),
                    rig.dev().resolve("device-signing.pem"), rig.dev().resolve("device-kem.pem"),
                    rig.be().resolve("backend-kem.pub.pem"), broker.uri(), hub);
            for (int kill = 0; kill <= AGENT_KILLS; kill++) {
                try (AgentProcess agent = AgentProcess.launch(settings, hub, SETTLE)) {
                    int lines = sendCalls(agent.ingest(), CALLS_PER_ROUND);
                    callsSent += lines;
                    assertThat(agent.awaitIntake(lines, SETTLE).linesTakenIn()).isEqualTo(lines);
                    // The promise is "at most the last second": give the checkpoint that second, then kill at a
                    // random point of the agent's sealing and publishing.
                    Thread.sleep(1_500 + random.nextInt(2_500));
                    if (kill < AGENT_KILLS) {
                        agent.kill();
                    } else {
                        Await.until("spool drained", () -> pending(agent) == 0, SETTLE);
                        agent.stop(SETTLE); // SIGTERM: the open windows are sealed and published
                    }
                }
            }
            long sent = callsSent;
            Await.quietly(() -> callsCounted(collector.stored()) >= sent, Duration.ofSeconds(15));
            raw.disconnect();
            raw.close();

            List<StoredReport> stored = collector.stored();
            System.out.printf("DeliveryFaultIT: %d kills, %d reports stored, %d duplicates, %d calls sent,"
                    + " %d counted%n", AGENT_KILLS, stored.size(), collector.duplicates(), callsSent,
                    callsCounted(stored));
            assertThat(reusedSeqs).as("no seq carried two different envelopes").isEmpty();
            assertThat(collector.rejected()).as("nothing refused by the collector").isEmpty();
            assertThat(callsCounted(stored)).as("every call the checkpoint had a second to keep is counted")
                    .isEqualTo(callsSent);
        }
    }

    /** Births and wills go out on {@code state} without the spool; health and usage reports are spooled. */
    private static boolean isSpooledKind(String kind) {
        return kind.equals("health") || kind.equals("usage");
    }

    private static long pending(AgentProcess agent) {
        try {
            return agent.status().spoolPending();
        } catch (Exception e) {
            return -1;
        }
    }

    private List<String> agentConfig(KeyRig rig, String brokerUri, String... extra) {
        List<String> c = new ArrayList<>(List.of("device.id=" + rig.deviceId(),
                "keys.device_signing=" + rig.dev().resolve("device-signing.pem"),
                "keys.device_kem=" + rig.dev().resolve("device-kem.pem"),
                "keys.backend_public=" + rig.be().resolve("backend-kem.pub.pem"),
                "keys.backend_command=" + rig.be().resolve("backend-command.pub.pem"),
                "ingest.port=0", "status.port=-1", "state.dir=" + dir.resolve("state"),
                "spool.dir=" + dir.resolve("spool"), "publish.broker=" + brokerUri, "report.jitter=PT0S",
                "publish.start_delay_max=PT0S", "publish.drain_rate=0", "consent.level=full"));
        c.addAll(Arrays.asList(extra));
        return c;
    }

    /** Writes {@code n} answered outbound calls on the ingest socket, as the hub's call manager would. */
    private int sendCalls(InetSocketAddress ingest, int n) throws Exception {
        StringBuilder lines = new StringBuilder();
        long now = System.currentTimeMillis();
        for (int i = 0; i < n; i++) {
            long duration = 10_000 + random.nextInt(600_000);
            lines.append("{\"type\":\"call.ended\",\"ts\":").append(now).append(",\"direction\":\"outbound\",")
                    .append("\"remote_number\":\"(650) 555-01").append(10 + random.nextInt(90)).append("\",")
                    .append("\"disposition\":\"answered\",\"started_at\":").append(now - duration)
                    .append(",\"duration_ms\":").append(duration).append("}\n");
        }
        try (Socket s = new Socket(ingest.getAddress(), ingest.getPort()); OutputStream o = s.getOutputStream()) {
            o.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        return n;
    }

    private static long callsCounted(List<StoredReport> stored) {
        return stored.stream().mapToLong(r -> r.report().callsCounted()).sum();
    }

    /**
     * Keeps the first copy of every envelope by (sender kid, seq) as it came off the broker, and names any later
     * copy whose bytes differ: a resend is the same bytes, a reused seq is not.
     */
    private static MqttClient rawSubscriber(String uri, Map<String, byte[]> firstCopy, List<String> reused)
            throws Exception {
        MqttClient c = new MqttClient(uri, "seq-witness", new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        c.connect(o);
        c.subscribe("telo/v1/+/+", 1, (topic, message) -> EnvelopeHeader.senderSeq(message.getPayload())
                .ifPresent(s -> {
                    String key = s.kid() + "/" + s.seq();
                    byte[] before = firstCopy.putIfAbsent(key, message.getPayload());
                    if (before != null && !Arrays.equals(before, message.getPayload())) {
                        reused.add(key);
                    }
                }));
        return c;
    }
}
