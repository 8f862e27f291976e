package com.ooma.telo.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.config.BrokerSecurity;
import com.ooma.telo.agent.clock.AgentClock;
import com.ooma.telo.agent.clock.ClockWatch;
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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish stage in receipt mode against a real (embedded) broker: a PUBACK leaves a record in the spool; a forged
 * receipt changes nothing and is counted; a valid one takes out exactly the records it names; one naming seqs the
 * device never spooled covers nothing and is counted.
 */
class ReceiptModeTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void recordsLeaveTheSpoolOnlyByAValidReceipt_andOnlyThoseItNames() throws Exception {
        KeyFiles.generateDevice(dir.resolve("dev"));
        KeyFiles.generateBackend(dir.resolve("be"));
        KeyFiles.generateBackend(dir.resolve("forger"));
        String id = KeyFiles.readDeviceId(dir.resolve("dev/device.id"));
        Clock clock = Clock.systemUTC();
        EnvelopeSealer device = EnvelopeSealer.load(id, dir.resolve("dev/device-signing.pem"),
                dir.resolve("be/backend-kem.pub.pem"), dir.resolve("state"), clock);
        EnvelopeSealer backend = EnvelopeSealer.load(id, dir.resolve("be/backend-command.pem"),
                dir.resolve("dev/device-kem.pub.pem"), dir.resolve("be-state"), clock);
        EnvelopeSealer forger = EnvelopeSealer.load(id, dir.resolve("forger/backend-command.pem"),
                dir.resolve("dev/device-kem.pub.pem"), dir.resolve("forger-state"), clock);
        int kid = Integer.parseUnsignedInt(device.signingKidHex(), 16);

        try (MoquetteBroker broker = MoquetteBroker.start();
             Subscriber collector = new Subscriber(broker.uri(), "telo/v1/+/health");
             Spool spool = Spool.open(dir.resolve("spool"), 1 << 20)) {
            List<Long> seqs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                byte[] sealed = device.seal(MessageType.TELEMETRY, new byte[] {(byte) 0xa0});
                seqs.add(ByteBuffer.wrap(sealed).getLong(30));
                spool.append("health", sealed);
            }
            PublishStats stats = new PublishStats();
            try (MqttPublisher p = new MqttPublisher(broker.uri(), BrokerSecurity.none(),
                    PublishTimeouts.standard().withStartDelayMax(Duration.ZERO), id, spool,
                    c -> "telo/v1/" + id + "/" + c, stats, System::nanoTime, new SplittableRandom(1))) {
                p.receiptMode(ReceiptOpener.load(id, dir.resolve("dev/device-kem.pem"),
                        dir.resolve("be/backend-command.pub.pem"), clock), Duration.ofHours(1),
                        new ClockWatch(AgentClock.system()));
                p.start();
                Await.until("three reports awaiting a receipt after PUBACK",
                        () -> stats.snapshot().get("spool.awaiting_receipt") == 3, TIMEOUT);
                assertThat(collector.await(m -> m.size() == 3, Duration.ofSeconds(5))).isTrue();
                assertThat(p.drain(Duration.ofMillis(300))).as("PUBACKed is not delivered").isFalse();
                assertThat(spool.pending()).hasSize(3);

                MqttClient cc = Subscriber.connect(broker.uri(), "collector-out");
                String topic = "telo/v1/" + id + "/receipt";
                cc.publish(topic, forger.seal(MessageType.RECEIPT, receipt(id, kid, seqs.get(0), seqs.get(2))), 1,
                        false);
                Await.until("a forged receipt refused",
                        () -> stats.snapshot().get("receipts.refused.rejected") == 1, TIMEOUT);
                assertThat(spool.pending()).as("a forged receipt takes nothing out").hasSize(3);

                cc.publish(topic, backend.seal(MessageType.RECEIPT,
                        new Receipt(id, kid, List.of(new SeqRange(seqs.get(0), seqs.get(0)),
                                new SeqRange(seqs.get(2), seqs.get(2))), Instant.now(),
                                Instant.now().plusSeconds(600)).encode()), 1, false);
                Await.until("two reports covered by the receipt",
                        () -> stats.snapshot().get("receipts.covered") == 2, TIMEOUT);
                assertThat(spool.pending()).extracting(r -> ByteBuffer.wrap(r.sealed()).getLong(30))
                        .containsExactly(seqs.get(1));
                assertThat(stats.snapshot()).containsEntry("spool.awaiting_receipt", 1L)
                        .containsEntry("receipts.accepted", 1L);

                cc.publish(topic, backend.seal(MessageType.RECEIPT,
                        receipt(id, kid, seqs.get(2) + 100, seqs.get(2) + 200)), 1, false);
                Await.until("a receipt naming nothing held counted",
                        () -> stats.snapshot().get("receipts.covered_none") == 1, TIMEOUT);
                assertThat(spool.pending()).hasSize(1);
                cc.disconnect();
                cc.close();
            }
        }
    }

    private static byte[] receipt(String id, int kid, long from, long to) {
        return new Receipt(id, kid, List.of(new SeqRange(from, to)), Instant.now(), Instant.now().plusSeconds(600))
                .encode();
    }
}
