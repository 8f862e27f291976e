package com.ooma.telo.simulator.collector;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import com.ooma.telo.simulator.broker.BrokerConnection;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.tinylog.Logger;

/**
 * The backend's side of the broker: subscribes (QoS 1) before any device speaks and keeps every message it gets,
 * so nothing a device published is missed.
 */
public final class ReferenceCollector implements AutoCloseable {
    public static final String ALL_DEVICES = "telo/v1/+/+";
    private static final long POLL_MS = 50;

    private MqttClient client;
    private final List<ReceivedMessage> received = new ArrayList<>();

    private ReferenceCollector() {
    }

    public static ReferenceCollector subscribe(String brokerUri, String topicFilter) throws MqttException {
        String id = "telo-collector-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        ReferenceCollector collector = new ReferenceCollector();
        collector.client = BrokerConnection.open(brokerUri, id, collector.new Receiver(), topicFilter);
        return collector;
    }

    public synchronized List<ReceivedMessage> messages() {
        return List.copyOf(received);
    }

    public synchronized int count() {
        return received.size();
    }

    /**
     * Waits until at least {@code expected} messages arrived (the broker's own publish count, say) and nothing new
     * came for {@code quiet}, or until {@code max} passed; returns what arrived either way.
     */
    public List<ReceivedMessage> awaitStragglers(IntSupplier expected, Duration quiet, Duration max)
            throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        int seen = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int now = count();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            } else if (now >= expected.getAsInt() && System.nanoTime() - quietSince >= quiet.toNanos()) {
                break;
            }
            Thread.sleep(POLL_MS);
        }
        return messages();
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect();
            }
            client.close();
        } catch (MqttException e) {
            Logger.warn("collector did not close cleanly (reason code {})", e.getReasonCode());
        }
    }

    /** Paho's callback thread: copy and keep every message. */
    private final class Receiver implements MqttCallback {
        @Override
        public void messageArrived(String topic, MqttMessage message) {
            synchronized (ReferenceCollector.this) {
                received.add(new ReceivedMessage(received.size() + 1, topic, message.getPayload().clone()));
            }
        }

        @Override
        public void connectionLost(Throwable cause) {
            Logger.warn("collector lost its broker connection");
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // The collector never publishes.
        }
    }
}
