package com.ooma.telo.simulator.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.simulator.broker.BrokerSighting.Kind;
import com.ooma.telo.simulator.collector.ReceivedMessage;
import com.ooma.telo.simulator.collector.ReferenceCollector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

class EmbeddedBrokerTest {
    private static final String TOPIC = "telo/v1/00112233445566778899aabbccddeeff/usage";

    @Test
    void pahoPublish_reachesTheCollectorAndTheRecorder() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start();
                ReferenceCollector collector = ReferenceCollector.subscribe(broker.uri(),
                        ReferenceCollector.ALL_DEVICES)) {
            assertThat(broker.port()).isPositive().isNotEqualTo(1883);
            assertThat(broker.uri()).isEqualTo("tcp://127.0.0.1:" + broker.port());
            MqttClient device = new MqttClient(broker.uri(), "device-client-1", new MemoryPersistence());
            MqttConnectOptions options = new MqttConnectOptions();
            options.setWill("telo/v1/00112233445566778899aabbccddeeff/state", "will-bytes".getBytes(), 1, false);
            connect(device, options);
            for (int i = 0; i < 3; i++) {
                MqttMessage m = new MqttMessage(("report-" + i).getBytes(StandardCharsets.UTF_8));
                m.setQos(1);
                device.publish(TOPIC, m);
            }
            device.publish("other/topic", new MqttMessage("not for the collector".getBytes()));
            device.disconnect();
            device.close();

            List<ReceivedMessage> got = collector.awaitStragglers(() -> 3, Duration.ofMillis(200),
                    Duration.ofSeconds(10));
            assertThat(got).extracting(m -> new String(m.payload(), StandardCharsets.UTF_8))
                    .containsExactly("report-0", "report-1", "report-2");
            assertThat(got).allSatisfy(m -> {
                assertThat(m.topic()).isEqualTo(TOPIC);
                assertThat(m.channel()).isEqualTo("usage");
            });

            List<BrokerSighting> seen = broker.sightings();
            assertThat(texts(seen, Kind.CLIENT_ID)).contains("device-client-1")
                    .anyMatch(id -> id.startsWith("telo-collector-"));
            assertThat(texts(seen, Kind.WILL_PAYLOAD)).containsExactly("will-bytes");
            assertThat(texts(seen, Kind.SUBSCRIPTION)).containsExactly(ReferenceCollector.ALL_DEVICES);
            assertThat(texts(seen, Kind.PAYLOAD)).containsExactly("report-0", "report-1", "report-2",
                    "not for the collector");
            assertThat(broker.publishCount()).isEqualTo(4);
        }
    }

    private static List<String> texts(List<BrokerSighting> seen, Kind kind) {
        return seen.stream().filter(s -> s.kind() == kind)
                .map(s -> new String(s.bytes(), StandardCharsets.UTF_8)).toList();
    }

    /** Moquette 0.17 may drop a connection mid-handshake (see BrokerConnection): try again, as a device would. */
    private static void connect(MqttClient client, MqttConnectOptions options) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                client.connect(options);
                return;
            } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
                if (attempt == 3 || e.getReasonCode()
                        != org.eclipse.paho.client.mqttv3.MqttException.REASON_CODE_CONNECTION_LOST) {
                    throw e;
                }
            }
        }
    }
}
