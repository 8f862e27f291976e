package com.ooma.telo.simulator.hil;

import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.simulator.broker.BrokerSighting;
import com.ooma.telo.simulator.broker.Published;
import com.ooma.telo.simulator.collector.CollectedReports;
import com.ooma.telo.simulator.collector.DeviceRegistry;
import com.ooma.telo.simulator.collector.FleetCollector;
import com.ooma.telo.simulator.collector.OpenedReport;
import com.ooma.telo.simulator.collector.ReceiptSender;
import com.ooma.telo.simulator.collector.ReceivedMessage;
import com.ooma.telo.simulator.collector.ReportStore;
import com.ooma.telo.simulator.collector.ReportStored;
import com.ooma.telo.simulator.collector.StoredReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * The run's backend while it runs: K {@link FleetCollector}s subscribed live (on one {@code $share/hil/...}
 * subscription when K > 1, so the broker splits the fleet's messages between them), one shared store that keeps
 * each report once by (device, boot epoch, seq) across them, and, in receipt mode, one {@link ReceiptSender}
 * (one signer, so the device's receipt replay window sees one sequence) sealing receipts with the run's backend
 * command key. Subscribed before any agent starts, so nothing published is missed.
 */
final class LiveCollectors implements AutoCloseable {
    /** Receipts go out this often: short, so the end-of-run drain waits on receipts for about a second at most. */
    static final Duration RECEIPT_EVERY = Duration.ofMillis(500);
    private static final long POLL_MS = 100;

    private final List<FleetCollector> members;
    private final ReceiptSender receipts;

    private LiveCollectors(List<FleetCollector> members, ReceiptSender receipts) {
        this.members = members;
        this.receipts = receipts;
    }

    /**
     * @param registryDir the fleet's enrolment files
     * @param backendDir  the run's backend keys ({@code backend-kem.pem}, {@code backend-command.pem})
     * @param stateDir    the receipt sender's envelope sequence state
     */
    static LiveCollectors start(String brokerUri, HilDelivery d, Path registryDir, Path backendDir, Path stateDir)
            throws IOException, KeyLoadException, MqttException {
        DeviceRegistry registry = DeviceRegistry.load(registryDir, backendDir.resolve("backend-kem.pem"));
        ReceiptSender receipts = d.receipts() ? ReceiptSender.start(registry,
                backendDir.resolve("backend-command.pem"), stateDir, Clock.systemUTC(), RECEIPT_EVERY) : null;
        ReportStore store = ReportStore.inProcess();
        List<FleetCollector> members = new ArrayList<>();
        try {
            for (int i = 0; i < d.collectors(); i++) {
                members.add(FleetCollector.start("hil-" + i, brokerUri, d.shareGroup(), registry, store,
                        ReportStored.nothing(), Clock.systemUTC(), new FleetCollector.Options(false, receipts)));
            }
        } catch (MqttException e) {
            members.forEach(FleetCollector::close);
            if (receipts != null) {
                receipts.close();
            }
            throw e;
        }
        return new LiveCollectors(members, receipts);
    }

    /** Reports stored between all members so far. */
    int storedCount() {
        return members.stream().mapToInt(m -> m.stored().size()).sum();
    }

    /** Messages that reached any member so far (stored, duplicate or refused). */
    int receivedCount() {
        return members.stream().mapToInt(FleetCollector::received).sum();
    }

    int receiptsSent() {
        return receipts == null ? 0 : receipts.sent();
    }

    int seqsReceipted() {
        return receipts == null ? 0 : receipts.seqsNamed();
    }

    /** Until nothing new reached a member for {@code quiet}, or {@code max} passed (the windows sealed at SIGTERM). */
    void awaitQuiet(Duration quiet, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        int seen = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int now = receivedCount();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= quiet.toNanos()) {
                return;
            }
            Thread.sleep(POLL_MS);
        }
    }

    /**
     * What the members made of the run, numbered afresh in arrival order across members (each member numbers its
     * own messages), per device.
     */
    Snapshot snapshot(List<String> devices) {
        List<StoredReport> all = new ArrayList<>();
        Map<String, Integer> storedBy = new LinkedHashMap<>();
        for (FleetCollector m : members) {
            List<StoredReport> mine = m.stored();
            storedBy.put(m.name(), mine.size());
            all.addAll(mine);
        }
        all.sort(Comparator.comparingLong(StoredReport::arrivedMs));
        List<Published> published = new ArrayList<>();
        Map<String, List<OpenedReport>> byDevice = new HashMap<>();
        List<BrokerSighting> sightings = new ArrayList<>();
        for (StoredReport s : all) {
            OpenedReport r = s.report();
            int ordinal = published.size() + 1;
            ReceivedMessage m = new ReceivedMessage(ordinal, r.message().topic(), r.message().payload());
            published.add(new Published(ordinal, s.arrivedMs(), m.topic(), m.payload()));
            sightings.add(new BrokerSighting(BrokerSighting.Kind.TOPIC, ordinal, m.topic().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
            sightings.add(new BrokerSighting(BrokerSighting.Kind.PAYLOAD, ordinal, m.payload()));
            byDevice.computeIfAbsent(r.deviceIdHex(), k -> new ArrayList<>()).add(new OpenedReport(m,
                    r.deviceIdHex(), r.seq(), r.timestampMs(), r.plaintext(), r.body()));
        }
        Map<String, CollectedReports> collected = new HashMap<>();
        int duplicates = 0;
        for (String device : devices) {
            int dup = 0;
            List<CollectedReports.RejectedMessage> rejected = new ArrayList<>();
            for (FleetCollector m : members) {
                dup += m.duplicatesByDevice().getOrDefault(device, 0);
                m.rejectedByTopicDevice().getOrDefault(device, Map.of()).forEach((reason, n) -> {
                    for (int i = 0; i < n; i++) {
                        rejected.add(new CollectedReports.RejectedMessage(new ReceivedMessage(0,
                                "telo/v1/" + device + "/?", new byte[0]), reason));
                    }
                });
            }
            duplicates += dup;
            collected.put(device, new CollectedReports(byDevice.getOrDefault(device, List.of()), rejected, dup));
        }
        return new Snapshot(collected, published, sightings, storedBy, duplicates, receiptsSent(), seqsReceipted());
    }

    /**
     * @param collected    per device: its stored reports, what on its topics did not open, its duplicates
     * @param published    every stored report as "published", numbered as in {@code collected} (arrival times)
     * @param sightings    topics and payloads as the collectors saw them (the leak scan's view of an external
     *                     broker, which shows no client ids or wills before they are published)
     * @param storedBy     reports stored by each member, by member name
     * @param duplicates   copies dropped across the members (a QoS 1 redelivery or a resend, on any member)
     * @param receiptsSent receipts published
     * @param seqsReceipted seqs named in them (a seq receipted twice counts twice)
     */
    record Snapshot(Map<String, CollectedReports> collected, List<Published> published,
            List<BrokerSighting> sightings, Map<String, Integer> storedBy, int duplicates, int receiptsSent,
            int seqsReceipted) {}

    @Override
    public void close() {
        members.forEach(FleetCollector::close);
        if (receipts != null) {
            receipts.close();
        }
    }
}
