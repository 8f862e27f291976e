package com.ooma.telo.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.config.BrokerSecurity;
import com.ooma.telo.agent.spool.Spool;
import com.ooma.telo.agent.testing.Await;
import com.ooma.telo.agent.testing.LoopbackProxy;
import com.ooma.telo.agent.testing.MoquetteBroker;
import com.ooma.telo.agent.testing.Subscriber;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stuck states of the delivery issue, each reproduced against a real broker or socket: nothing the link, the
 * broker or a failed seal does may leave the publisher waiting without a deadline.
 */
class PublishStuckStatesTest {
    private static final String ID = "00112233445566778899aabbccddeeff";
    private static final PublishTimeouts SHORT = new PublishTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ZERO);

    @TempDir
    Path dir;

    private static String topic(String channel) {
        return "telo/v1/" + ID + "/" + channel;
    }

    private static MqttPublisher publisher(String uri, Spool spool, PublishStats stats) throws Exception {
        return new MqttPublisher(uri, BrokerSecurity.none(), SHORT, ID, spool, PublishStuckStatesTest::topic, stats,
                System::nanoTime, new SplittableRandom(3));
    }


    private static long stat(PublishStats s, String name) {
        return s.snapshot().getOrDefault(name, 0L);
    }

    @Test
    void aPeerThatAcceptsTcpButNeverAnswers_cannotHoldAConnectAttempt() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             Spool spool = Spool.open(dir, 1 << 20)) {
            Thread t = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept()); // accept, read nothing, answer nothing
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            PublishStats stats = new PublishStats();
            try (MqttPublisher p = publisher("tcp://127.0.0.1:" + silent.getLocalPort(), spool, stats)) {
                p.start();
                Await.until("two attempts given up as timeouts", () -> stat(stats, "publish.connect_error.timeout") >= 2,
                        Duration.ofSeconds(20));
            }
            assertThat(held.size()).as("each attempt was a new connection").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aHalfOpenLink_isNoticedByItsMissingAcks_andTheRecordsArriveOverANewConnection() throws Exception {
        try (MoquetteBroker broker = MoquetteBroker.start();
             LoopbackProxy link = LoopbackProxy.to(Integer.parseInt(broker.uri().replaceAll(".*:", "")));
             Subscriber backend = new Subscriber(broker.uri(), "telo/v1/#");
             Spool spool = Spool.open(dir, 1 << 20)) {
            PublishStats stats = new PublishStats();
            try (MqttPublisher p = publisher(link.uri(), spool, stats)) {
                p.start();
                Await.until("connected", p::isConnected, Duration.ofSeconds(10));
                link.stall(); // no FIN, no RST: the TCP connection looks alive
                spool.append("health", "through the stall".getBytes(StandardCharsets.US_ASCII));
                p.kick();
                assertThat(p.drain(Duration.ofSeconds(20))).as("delivered after reconnecting").isTrue();
            }
            assertThat(backend.await(m -> !m.isEmpty(), Duration.ofSeconds(5))).isTrue();
            assertThat(stat(stats, "publish.recycled")).isEqualTo(1);
            assertThat(link.connections()).isEqualTo(2);
        }
    }

    @Test
    void aWillThatCannotBeSealed_doesNotStopConnecting() throws Exception {
        try (MoquetteBroker broker = MoquetteBroker.start(); Spool spool = Spool.open(dir, 1 << 20)) {
            spool.append("health", "r".getBytes(StandardCharsets.US_ASCII));
            PublishStats stats = new PublishStats();
            try (MqttPublisher p = publisher(broker.uri(), spool, stats)) {
                p.lastWill(() -> {
                    throw new UncheckedIOException(new java.io.IOException("No space left on device"));
                });
                p.start();
                assertThat(p.drain(Duration.ofSeconds(10))).isTrue();
            }
            assertThat(stat(stats, "publish.connects")).isEqualTo(1);
            assertThat(stat(stats, "publish.will_unsealed")).isEqualTo(1);
        }
    }

    @Test
    void renewingTheSession_reconnectsPromptly() throws Exception {
        try (MoquetteBroker broker = MoquetteBroker.start(); Spool spool = Spool.open(dir, 1 << 20)) {
            PublishStats stats = new PublishStats();
            try (MqttPublisher p = publisher(broker.uri(), spool, stats)) {
                p.start();
                Await.until("connected", () -> stat(stats, "publish.connects") == 1, Duration.ofSeconds(10));
                for (int i = 2; i <= 4; i++) {
                    p.renewSession();
                    int n = i;
                    Await.until("reconnected " + n, () -> stat(stats, "publish.connects") == n, Duration.ofSeconds(10));
                }
                spool.append("health", "after".getBytes(StandardCharsets.US_ASCII));
                assertThat(p.drain(Duration.ofSeconds(10))).isTrue();
            }
        }
    }

    @Test
    void aSlowLink_thatStillAcks_isNotTakenForHalfOpen_andDeliversEachRecordOnce() throws Exception {
        int records = 8;
        try (MoquetteBroker broker = MoquetteBroker.start();
             LoopbackProxy link = LoopbackProxy.to(Integer.parseInt(broker.uri().replaceAll(".*:", "")));
             Subscriber backend = new Subscriber(broker.uri(), "telo/v1/#");
             Spool spool = Spool.open(dir, 1 << 20)) {
            PublishStats stats = new PublishStats();
            try (MqttPublisher p = publisher(link.uri(), spool, stats)) {
                p.start();
                Await.until("connected", p::isConnected, Duration.ofSeconds(10));
                link.slow(2_048); // 2 KB/s: the backlog takes about 4 s, twice the 2 s ack deadline
                byte[] body = new byte[1_000];
                for (int i = 0; i < records; i++) {
                    body[0] = (byte) i;
                    spool.append("health", body.clone());
                }
                p.kick();
                assertThat(p.drain(Duration.ofSeconds(30))).as("delivered over the slow link").isTrue();
            }
            assertThat(backend.await(m -> m.size() >= records, Duration.ofSeconds(10))).isTrue();
            assertThat(backend.messages()).as("each record once").hasSize(records);
            assertThat(stat(stats, "publish.recycled")).as("acks kept coming: not half-open").isZero();
            assertThat(link.connections()).isEqualTo(1);
        }
    }

    @Test
    void recordsAppendedWhileAcksArrive_areEachSentOnceOnOneConnection() throws Exception {
        int total = 1_500;
        try (MoquetteBroker broker = MoquetteBroker.start();
             Subscriber backend = new Subscriber(broker.uri(), "telo/v1/#");
             Spool spool = Spool.open(dir, 8 << 20)) {
            PublishStats stats = new PublishStats();
            try (MqttPublisher p = publisher(broker.uri(), spool, stats)) {
                p.start();
                for (int i = 0; i < total; i++) {
                    spool.append("health", ("r" + i).getBytes(StandardCharsets.US_ASCII));
                    p.kick(); // a send pass per append, as the pipeline does, racing the PUBACKs
                }
                assertThat(p.drain(Duration.ofSeconds(60))).isTrue();
            }
            assertThat(backend.await(m -> m.size() >= total, Duration.ofSeconds(10))).isTrue();
            Map<String, Long> copies = backend.messages().stream().collect(Collectors.groupingBy(
                    m -> new String(m.payload(), StandardCharsets.US_ASCII), Collectors.counting()));
            assertThat(stat(stats, "publish.connects")).isEqualTo(1);
            assertThat(copies).hasSize(total);
            assertThat(copies.values().stream().filter(n -> n > 1).count()).as("sent twice").isZero();
            assertThat(stat(stats, "publish.sent")).isEqualTo(total);
        }
    }
}
