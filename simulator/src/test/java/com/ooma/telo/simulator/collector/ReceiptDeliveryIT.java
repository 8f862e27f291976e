package com.ooma.telo.simulator.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.AgentPipeline;
import com.ooma.telo.agent.config.ConfigLoader;
import com.ooma.telo.simulator.testing.Await;
import com.ooma.telo.simulator.testing.Mosquitto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why {@code publish.ack=receipt} exists, against a real Mosquitto ({@code persistence false}): the backend's
 * collector is away, its persistent session (clean session false, QoS 1) queued at the broker; the agent publishes
 * and the broker acknowledges; the broker is killed with SIGKILL, which loses the queue; it restarts and the collector
 * comes back. With broker acks the agent has already dropped what the broker acknowledged, and the collector never
 * sees it. With receipts every report the agent spooled is stored exactly once, and the spool empties only through
 * receipts.
 */
class ReceiptDeliveryIT {
    private static final int ACKED_WHILE_AWAY = 5;

    @TempDir
    Path dir;

    private record Outcome(long spooled, Set<Long> storedSeqs, int storedCopies, SortedMap<String, Long> agentAfter,
                           SortedMap<String, Long> agentBeforeCrash, int receiptsSent) { }

    @Test
    void receiptMode_everySpooledReportIsStoredOnce_throughABrokerCrashWithTheCollectorAway() throws Exception {
        Outcome o = run("receipt");

        assertThat(o.agentBeforeCrash().get("spool.pending"))
                .as("PUBACKed reports stay in the spool, awaiting a receipt")
                .isGreaterThanOrEqualTo((long) ACKED_WHILE_AWAY);
        assertThat(o.agentBeforeCrash().get("spool.awaiting_receipt")).isGreaterThanOrEqualTo((long) ACKED_WHILE_AWAY);
        assertThat(o.storedSeqs()).as("every spooled report reached the collector").hasSize((int) o.spooled());
        assertThat(o.storedCopies()).as("each stored once").isEqualTo(o.storedSeqs().size());
        assertThat(o.agentAfter().get("spool.pending")).as("the spool emptied").isZero();
        assertThat(o.agentAfter().get("receipts.covered")).as("only receipts took records out")
                .isEqualTo(o.spooled());
        assertThat(o.agentAfter().get("publish.receipt_resends")).as("what the crash lost was sent again")
                .isGreaterThanOrEqualTo((long) ACKED_WHILE_AWAY);
        o.agentAfter().forEach((k, v) -> {
            if (k.startsWith("receipts.refused.")) {
                assertThat(v).as(k).isZero();
            }
        });
        assertThat(o.receiptsSent()).isPositive();
    }

    @Test
    void brokerMode_loses_whatTheBrokerAcknowledgedBeforeItCrashed() throws Exception {
        Outcome o = run("broker");

        assertThat(o.agentAfter().get("spool.pending")).as("the agent believes everything delivered").isZero();
        assertThat(o.storedSeqs().size()).as("yet the reports queued for the away collector are lost")
                .isLessThanOrEqualTo((int) o.spooled() - ACKED_WHILE_AWAY);
        assertThat(o.storedCopies()).isEqualTo(o.storedSeqs().size());
    }

    private Outcome run(String ackMode) throws Exception {
        KeyRig rig = KeyRig.in(dir);
        Path be = rig.be();
        Path dev = rig.dev();
        String id = rig.deviceId();
        DeviceRegistry registry = rig.registry();
        ReportStore store = ReportStore.inProcess();
        List<FleetCollector> members = new ArrayList<>();

        try (Mosquitto broker = Mosquitto.startOrSkip(Files.createDirectories(dir.resolve("broker")));
             ReceiptSender receipts = ReceiptSender.start(registry, be.resolve("backend-command.pem"),
                     dir.resolve("collector-state"), Clock.systemUTC(), ReceiptSender.DEFAULT_EVERY)) {
            FleetCollector.Options persistent = new FleetCollector.Options(true, receipts);
            // The collector subscribes once (its session and subscription stay at the broker), then goes away.
            FleetCollector first = FleetCollector.start("backend", broker.uri(), null, registry, store,
                    ReportStored.nothing(), Clock.systemUTC(), persistent);
            members.add(first);
            first.close();

            AgentPipeline agent = AgentPipeline.start(ConfigLoader.load(null, List.of("device.id=" + id,
                    "keys.device_signing=" + dev.resolve("device-signing.pem"),
                    "keys.device_kem=" + dev.resolve("device-kem.pem"),
                    "keys.backend_public=" + be.resolve("backend-kem.pub.pem"),
                    "keys.backend_command=" + be.resolve("backend-command.pub.pem"),
                    "ingest.port=0", "status.port=-1", "state.dir=" + dir.resolve("state"),
                    "spool.dir=" + dir.resolve("spool"), "publish.broker=" + broker.uri(),
                    "report.health.interval=PT1S", "report.usage.interval=P1D", "report.jitter=PT0S",
                    "publish.start_delay_max=PT0S", "consent.level=essential",
                    "publish.ack=" + ackMode, "publish.receipt_timeout=PT3S")),
                    Clock.systemUTC(), new SecureRandom());
            SortedMap<String, Long> beforeCrash;
            try {
                String acked = ackMode.equals("receipt") ? "spool.awaiting_receipt" : "publish.acked";
                Await.until(acked, () -> agent.counters().get(acked) >= ACKED_WHILE_AWAY, Duration.ofSeconds(20));
                beforeCrash = agent.counters();
                broker.crashAndRestart();
                Thread.sleep(1_500); // the agent reconnects to an empty broker: nobody subscribed yet
                members.add(FleetCollector.start("backend", broker.uri(), null, registry, store,
                        ReportStored.nothing(), Clock.systemUTC(), persistent));
                Thread.sleep(2_000);
            } finally {
                agent.shutdown(Duration.ofSeconds(20)); // receipt mode: waits for the receipts
            }
            SortedMap<String, Long> after = agent.counters();
            long spooled = after.getOrDefault("reports_spooled.health", 0L);
            Set<Long> seqs = new HashSet<>();
            BooleanSupplier settled = () -> stored(members, seqs) >= spooled;
            Await.quietly(settled, Duration.ofSeconds(5));
            int copies = stored(members, seqs);
            members.forEach(FleetCollector::close);
            System.out.printf("publish.ack=%s: %d health reports spooled, %d stored (%d copies), %d resent,"
                    + " %d receipts sent, spool pending %d%n", ackMode, spooled, seqs.size(), copies,
                    after.getOrDefault("publish.receipt_resends", 0L), receipts.sent(), after.get("spool.pending"));
            return new Outcome(spooled, seqs, copies, after, beforeCrash, receipts.sent());
        }
    }

    /** Health reports the collectors stored: fills {@code seqs}, returns how many copies were stored in all. */
    private static int stored(List<FleetCollector> members, Set<Long> seqs) {
        seqs.clear();
        int copies = 0;
        for (FleetCollector c : members) {
            for (StoredReport r : c.stored()) {
                if (r.report().kind().equals("health")) {
                    seqs.add(r.report().seq());
                    copies++;
                }
            }
        }
        return copies;
    }
}
