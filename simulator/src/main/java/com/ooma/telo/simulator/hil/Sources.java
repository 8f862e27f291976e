package com.ooma.telo.simulator.hil;

import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.simulator.broker.BrokerSighting;
import com.ooma.telo.simulator.broker.EmbeddedBroker;
import com.ooma.telo.simulator.broker.Published;
import com.ooma.telo.simulator.collector.CollectedReports;
import com.ooma.telo.simulator.collector.ReceivedMessage;
import com.ooma.telo.simulator.collector.ReportOpener;
import com.ooma.telo.simulator.collector.ReportReader;
import com.ooma.telo.simulator.collector.RunKeys;
import java.util.List;

/**
 * Where a run's reports and leak-scan surfaces come from: the live collectors (receipt mode, or an external broker),
 * or the embedded broker's recording, opened afterwards (broker acks on the embedded broker). The leak scan reads
 * the embedded broker's recording whenever there is one (it also holds client ids, wills and subscriptions); against
 * an external broker it reads what the collectors received.
 */
final class Sources {
    private final LiveCollectors.Snapshot snapshot;
    private final List<Published> published;
    private final List<BrokerSighting> sightings;

    private Sources(LiveCollectors.Snapshot snapshot, List<Published> published, List<BrokerSighting> sightings) {
        this.snapshot = snapshot;
        this.published = published;
        this.sightings = sightings;
    }

    /** From the live collectors; {@code recorded} is the embedded broker's recording, or null for an external one. */
    static Sources live(LiveCollectors.Snapshot snapshot, List<BrokerSighting> recorded) {
        return new Sources(snapshot, snapshot.published(), recorded != null ? recorded : snapshot.sightings());
    }

    static Sources recorded(EmbeddedBroker broker) {
        return new Sources(null, broker.published(), broker.sightings());
    }

    /** One hub's reports: as the collectors stored them, or its messages in the recording opened with its keys. */
    CollectedReports collected(String deviceId, RunKeys keys) throws KeyLoadException {
        if (snapshot != null) {
            return snapshot.collected().get(deviceId);
        }
        String prefix = "telo/v1/" + deviceId + "/";
        List<ReceivedMessage> mine = published.stream().filter(p -> p.topic().startsWith(prefix))
                .map(p -> new ReceivedMessage(p.ordinal(), p.topic(), p.payload())).toList();
        return new ReportReader(ReportOpener.forRun(keys)).read(mine);
    }

    List<Published> published() {
        return published;
    }

    List<BrokerSighting> sightings() {
        return sightings;
    }

    /** The run's delivery figures for summary.json, from the collectors (if live) and the hubs' results. */
    HilSummary.Delivery delivery(HilDelivery how, List<HubResult> results) {
        LiveCollectors.Snapshot snap = snapshot;
        return new HilSummary.Delivery(how.broker(), how.ack(), snap == null ? 0 : how.collectors(),
                snap == null ? java.util.Map.of() : snap.storedBy(),
                snap == null ? results.stream().mapToInt(HubResult::duplicates).sum() : snap.duplicates(),
                snap == null ? 0 : snap.receiptsSent(), snap == null ? 0 : snap.seqsReceipted(),
                results.stream().mapToLong(r -> Math.max(0, r.delivery().awaitingReceiptAtStop())).sum(),
                (int) results.stream().filter(r -> r.delivery().spoolEmptyAtExit()).count());
    }

    /** One line for the console about the collectors and receipts. */
    String line(HilSummary.Delivery d, int hubs) {
        if (snapshot == null) {
            return "hil: the embedded broker's recording opened: duplicates dropped " + d.duplicates();
        }
        return "hil: collectors stored " + d.storedByCollector() + ", duplicates dropped " + d.duplicates()
                + (d.ack().equals(HilDelivery.RECEIPT) ? ", receipts sent " + d.receiptsSent() + " naming "
                        + d.seqsReceipted() + " seq(s); awaiting a receipt at the end " + d.awaitingReceiptAtStop()
                        + ", spools empty at exit " + d.spoolsEmptyAtExit() + " of " + hubs : "");
    }

    /** The collectors' figures, or null when the recording was read. */
    LiveCollectors.Snapshot snapshot() {
        return snapshot;
    }
}
