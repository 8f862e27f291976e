package com.ooma.telo.agent.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** A Paho subscriber that keeps every message it receives, for tests that play the backend. */
public final class Subscriber implements AutoCloseable {
    /** One received message. */
    public record Message(String topic, byte[] payload) {
    }

    private final MqttClient client;
    private final List<Message> messages = new CopyOnWriteArrayList<>();

    public Subscriber(String uri, String filter) throws MqttException {
        client = connect(uri, "test-backend-" + System.nanoTime());
        client.subscribe(filter, 1, (topic, m) -> messages.add(new Message(topic, m.getPayload())));
    }

    /**
     * A connected Paho client. Moquette 0.17 sometimes drops a connection whose session is still CONNECTING when the
     * next packet arrives; like any real client, try again (a few times, only for that).
     */
    public static MqttClient connect(String uri, String clientId) throws MqttException {
        for (int attempt = 1; ; attempt++) {
            MqttClient c = new MqttClient(uri, clientId, new MemoryPersistence());
            MqttConnectOptions o = new MqttConnectOptions();
            o.setCleanSession(true);
            try {
                c.connect(o);
                return c;
            } catch (MqttException e) {
                c.close(true);
                if (attempt == 3 || e.getReasonCode() != MqttException.REASON_CODE_CONNECTION_LOST) {
                    throw e;
                }
            }
        }
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** Waits (polling real I/O, bounded) until some received messages satisfy {@code done}. */
    public boolean await(Predicate<List<Message>> done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(messages())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            synchronized (this) {
                wait(20);
            }
        }
        return true;
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
