package com.ooma.telo.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.clock.AgentClock;
import com.ooma.telo.agent.clock.ClockWatch;
import com.ooma.telo.agent.config.BrokerSecurity;
import com.ooma.telo.agent.seal.EnvelopeHeader;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.MessageType;
import com.ooma.telo.agent.seal.Receipt;
import com.ooma.telo.agent.seal.Receipt.SeqRange;
import com.ooma.telo.agent.seal.ReceiptOpener;
import com.ooma.telo.agent.spool.Spool;
import com.ooma.telo.agent.testing.Await;
import com.ooma.telo.agent.testing.MoquetteBroker;
import com.ooma.telo.agent.testing.Subscriber;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receipt mode on a hub whose wall clock is wrong, against a real (embedded) broker. The collector stamps receipts
 * with the true time and a 10-minute lifetime. A hub a day ahead used to refuse every receipt as expired and keep
 * its spool full for good; a hub over 10 minutes behind refused them as stamped in the future. Now a receipt
 * covering a record this process sent is taken when the monotonic clock shows it cannot have expired, the wall
 * clock is found off (envelopes go out unstamped: flags bit 1), and a receipt the monotonic clock cannot vouch for
 * is still refused.
 */
class ReceiptClockTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private String id;
    private EnvelopeSealer backend;

    @BeforeEach
    void keys() throws Exception {
        KeyFiles.generateDevice(dir.resolve("dev"));
        KeyFiles.generateBackend(dir.resolve("be"));
        id = KeyFiles.readDeviceId(dir.resolve("dev/device.id"));
        backend = EnvelopeSealer.load(id, dir.resolve("be/backend-command.pem"),
                dir.resolve("dev/device-kem.pub.pem"), dir.resolve("be-state"), Clock.systemUTC());
    }

    @Test
    void aHubADayAhead_takesReceiptsForWhatItSent_andStopsStampingEnvelopes() throws Exception {
        AgentClock ahead = new AgentClock(Clock.offset(Clock.systemUTC(), Duration.ofDays(1)), System::nanoTime);
        ClockWatch watch = new ClockWatch(ahead);
        EnvelopeSealer device = deviceSealer(ahead, watch);
        int kid = Integer.parseUnsignedInt(device.signingKidHex(), 16);

        try (MoquetteBroker broker = MoquetteBroker.start();
             Spool spool = Spool.open(dir.resolve("spool"), 1 << 20)) {
            byte[] inherited = device.seal(MessageType.TELEMETRY, new byte[] {(byte) 0xa0});
            spool.append("health", inherited); // in the spool before start: an earlier run may have sent it
            PublishStats stats = new PublishStats();
            try (MqttPublisher p = publisher(broker, spool, stats, ahead, watch);
                 Collector collector = new Collector(broker.uri())) {
                assertThat(watch.synced()).as("a steady clock a day ahead shows no jump").isTrue();
                byte[] sent = device.seal(MessageType.TELEMETRY, new byte[] {(byte) 0xa0});
                spool.append("health", sent);
                p.kick();
                Await.until("both reports PUBACKed", () -> stats.snapshot().get("spool.awaiting_receipt") == 2,
                        TIMEOUT);

                collector.receipt(kid, seq(inherited), seq(inherited));
                Await.until("a receipt only for the inherited record refused as expired",
                        () -> stats.snapshot().get("receipts.refused.expired") == 1, TIMEOUT);
                assertThat(spool.pending()).hasSize(2);

                collector.receipt(kid, seq(sent), seq(sent));
                Await.until("the receipt for a record this run sent taken",
                        () -> stats.snapshot().get("receipts.covered") == 1, TIMEOUT);
                assertThat(stats.snapshot()).containsEntry("receipts.accepted_wall_expired", 1L);
                assertThat(watch.offs()).isEqualTo(1);
                assertThat(watch.synced()).as("a day ahead of the backend's signed time").isFalse();
                byte[] next = device.seal(MessageType.TELEMETRY, new byte[] {(byte) 0xa0});
                assertThat(EnvelopeHeader.senderSeq(next)).isPresent();
                assertThat(ByteBuffer.wrap(next).getShort(4) & 0x2)
                        .as("flags bit 1: clock not synced").isEqualTo(2);
                assertThat(ByteBuffer.wrap(next).getLong(38)).isZero();

                collector.receipt(kid, seq(inherited), seq(inherited));
                Await.until("the inherited record's receipt now judged by the bound carried forward",
                        () -> stats.snapshot().get("receipts.covered") == 2, TIMEOUT);
                assertThat(spool.pending()).isEmpty();
            }
        }
    }

    @Test
    void aHubThreeHoursBehind_opensReceiptsStampedAheadOfIt_andFindsItsClockOff() throws Exception {
        AgentClock behind = new AgentClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(-3)), System::nanoTime);
        ClockWatch watch = new ClockWatch(behind);
        EnvelopeSealer device = deviceSealer(behind, watch);
        int kid = Integer.parseUnsignedInt(device.signingKidHex(), 16);

        try (MoquetteBroker broker = MoquetteBroker.start();
             Spool spool = Spool.open(dir.resolve("spool"), 1 << 20)) {
            PublishStats stats = new PublishStats();
            try (MqttPublisher p = publisher(broker, spool, stats, behind, watch);
                 Collector collector = new Collector(broker.uri())) {
                byte[] sent = device.seal(MessageType.TELEMETRY, new byte[] {(byte) 0xa0});
                spool.append("health", sent);
                p.kick();
                Await.until("PUBACKed", () -> stats.snapshot().get("spool.awaiting_receipt") == 1, TIMEOUT);

                collector.receipt(kid, seq(sent), seq(sent));
                Await.until("covered", () -> stats.snapshot().get("receipts.covered") == 1, TIMEOUT);
                assertThat(stats.snapshot()).containsEntry("receipts.refused.rejected", 0L)
                        .containsEntry("receipts.accepted_wall_expired", 0L);
                assertThat(watch.offs()).isEqualTo(1);
                assertThat(watch.synced()).isFalse();
            }
        }
    }

    private EnvelopeSealer deviceSealer(AgentClock clock, ClockWatch watch) throws Exception {
        EnvelopeSealer device = EnvelopeSealer.load(id, dir.resolve("dev/device-signing.pem"),
                dir.resolve("be/backend-kem.pub.pem"), dir.resolve("state"), clock.wall());
        device.watchClock(watch);
        return device;
    }

    private MqttPublisher publisher(MoquetteBroker broker, Spool spool, PublishStats stats, AgentClock clock,
                                    ClockWatch watch) throws Exception {
        MqttPublisher p = new MqttPublisher(broker.uri(), BrokerSecurity.none(),
                PublishTimeouts.standard().withStartDelayMax(Duration.ZERO), id, spool,
                c -> "telo/v1/" + id + "/" + c, stats, clock.monotonicNanos(), new SplittableRandom(1));
        p.receiptMode(ReceiptOpener.load(id, dir.resolve("dev/device-kem.pem"),
                dir.resolve("be/backend-command.pub.pem"), clock.wall()), Duration.ofHours(1), watch);
        p.start();
        return p;
    }

    private static long seq(byte[] sealed) {
        return ByteBuffer.wrap(sealed).getLong(30); // header offset of seq (docs/wire-format.md)
    }

    /** The backend's side: receipts stamped with the true time, valid for 10 minutes. */
    private final class Collector implements AutoCloseable {
        private final MqttClient client;

        Collector(String uri) throws Exception {
            client = Subscriber.connect(uri, "collector-" + System.nanoTime());
        }

        void receipt(int kid, long from, long to) throws Exception {
            Instant now = Instant.now();
            byte[] body = new Receipt(id, kid, List.of(new SeqRange(from, to)), now, now.plusSeconds(600)).encode();
            client.publish("telo/v1/" + id + "/receipt", backend.seal(MessageType.RECEIPT, body), 1, false);
        }

        @Override
        public void close() throws Exception {
            client.disconnect();
            client.close();
        }
    }
}
