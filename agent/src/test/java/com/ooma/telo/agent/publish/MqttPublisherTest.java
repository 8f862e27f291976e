package com.ooma.telo.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.spool.Spool;
import com.ooma.telo.agent.testing.LoopbackProxy;
import com.ooma.telo.agent.testing.MoquetteBroker;
import com.ooma.telo.agent.testing.Subscriber;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publish stage against a real (embedded) broker: spool records leave on PUBACK, and survive a dead broker. */
class MqttPublisherTest {
    private static final String ID = "00112233445566778899aabbccddeeff";

    @TempDir
    Path dir;

    private static String topic(String channel) {
        return "telo/v1/" + ID + "/" + channel;
    }

    @Test
    void pendingRecords_arePublishedInOrder_andLeaveTheSpoolOnPuback() throws Exception {
        try (MoquetteBroker broker = MoquetteBroker.start();
             Subscriber backend = new Subscriber(broker.uri(), "telo/v1/#");
             Spool spool = Spool.open(dir, 1 << 20)) {
            spool.append("health", "one".getBytes(StandardCharsets.US_ASCII));
            spool.append("usage", "two".getBytes(StandardCharsets.US_ASCII));
            PublishStats stats = new PublishStats();
            try (MqttPublisher p = new MqttPublisher(broker.uri(), ID, spool, MqttPublisherTest::topic, stats)) {
                p.start();
                assertThat(p.drain(Duration.ofSeconds(10))).isTrue();
                assertThat(backend.await(m -> m.size() == 2, Duration.ofSeconds(5))).isTrue();
            }
            assertThat(backend.messages()).extracting(Subscriber.Message::topic)
                    .containsExactly(topic("health"), topic("usage"));
            assertThat(backend.messages()).extracting(m -> new String(m.payload(), StandardCharsets.US_ASCII))
                    .containsExactly("one", "two");
            assertThat(spool.pending()).isEmpty();
            assertThat(stats.snapshot()).containsEntry("publish.acked", 2L);
        }
    }

    @Test
    void backlogLargerThanTheInFlightWindow_drainsCompletely_withoutCountingFailures() throws Exception {
        try (MoquetteBroker broker = MoquetteBroker.start();
             Subscriber backend = new Subscriber(broker.uri(), "telo/v1/#");
             Spool spool = Spool.open(dir, 1 << 20)) {
            int backlog = MqttPublisher.MAX_IN_FLIGHT * 3 + 7;
            for (int i = 0; i < backlog; i++) {
                spool.append("health", ("r" + i).getBytes(StandardCharsets.US_ASCII));
            }
            PublishStats stats = new PublishStats();
            try (MqttPublisher p = new MqttPublisher(broker.uri(), ID, spool, MqttPublisherTest::topic, stats)) {
                p.start();
                assertThat(p.drain(Duration.ofSeconds(20))).isTrue();
            }
            assertThat(backend.await(m -> m.size() >= backlog, Duration.ofSeconds(10))).isTrue();
            assertThat(stats.snapshot()).containsEntry("publish.acked", (long) backlog)
                    .containsEntry("publish.failed", 0L);
        }
    }

    @Test
    void deadBrokerAtStart_isCountedAndRetried_andNothingIsLost() throws Exception {
        int port = freePort();
        String uri = "tcp://127.0.0.1:" + port;
        try (Spool spool = Spool.open(dir, 1 << 20)) {
            spool.append("health", "kept".getBytes(StandardCharsets.US_ASCII));
            PublishStats stats = new PublishStats();
            try (MqttPublisher p = new MqttPublisher(uri, ID, spool, MqttPublisherTest::topic, stats)) {
                p.start();
                assertThat(p.drain(Duration.ofMillis(1500))).as("nobody listens yet").isFalse();
                assertThat(stats.snapshot().get("publish.connect_failures")).isPositive();
                assertThat(spool.pending()).hasSize(1);

                // The link comes up only once the backend listens, so nothing is published before it subscribed.
                try (MoquetteBroker broker = MoquetteBroker.start();
                     Subscriber backend = new Subscriber(broker.uri(), "telo/v1/#");
                     LoopbackProxy link = LoopbackProxy.on(port,
                             Integer.parseInt(broker.uri().substring(broker.uri().lastIndexOf(':') + 1)))) {
                    assertThat(p.drain(Duration.ofSeconds(15))).as("delivered once the broker is up").isTrue();
                    assertThat(backend.await(m -> m.size() == 1, Duration.ofSeconds(5))).isTrue();
                }
            }
            assertThat(spool.pending()).isEmpty();
        }
    }

    @Test
    void commands_onTheDeviceTopic_reachTheListener_withTheirRetainedFlag() throws Exception {
        try (MoquetteBroker broker = MoquetteBroker.start(); Spool spool = Spool.open(dir, 1 << 20)) {
            java.util.List<String> got = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (MqttPublisher p = new MqttPublisher(broker.uri(), ID, spool, MqttPublisherTest::topic,
                    new PublishStats())) {
                p.onCommand((sealed, retained) -> got.add(new String(sealed, StandardCharsets.US_ASCII) + retained));
                p.start();
                org.eclipse.paho.client.mqttv3.MqttClient backend = Subscriber.connect(broker.uri(), "backend");
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (got.isEmpty() && System.nanoTime() < deadline) {
                    backend.publish(topic("cmd"), "ping".getBytes(StandardCharsets.US_ASCII), 1, false);
                    synchronized (this) {
                        wait(100); // the device subscribes asynchronously after connecting
                    }
                }
                backend.publish(topic("other"), "not-a-command".getBytes(StandardCharsets.US_ASCII), 1, false);
                backend.disconnect();
                backend.close();
            }
            assertThat(got).isNotEmpty().allMatch(s -> s.equals("pingfalse"));
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
