package com.ooma.telo.simulator.broker;

import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Connects (and optionally subscribes) a Paho client, trying again when the broker drops the connection during the
 * handshake. Moquette 0.17 sometimes closes a connection whose session is still CONNECTING when the next packet
 * arrives ("SUBSCRIBE received on already closed connection"); a real backend reconnects, and so do we.
 */
public final class BrokerConnection {
    static final int ATTEMPTS = 3;

    private BrokerConnection() {
    }

    /** @param subscribeFilter null for a client that only publishes */
    public static MqttClient open(String uri, String clientId, MqttCallback callback, String subscribeFilter)
            throws MqttException {
        MqttException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            MqttClient client = new MqttClient(uri, clientId, new MemoryPersistence());
            if (callback != null) {
                client.setCallback(callback);
            }
            MqttConnectOptions options = new MqttConnectOptions();
            options.setCleanSession(true);
            options.setAutomaticReconnect(false);
            try {
                client.connect(options);
                if (subscribeFilter != null) {
                    client.subscribe(subscribeFilter, 1);
                }
                return client;
            } catch (MqttException e) {
                last = e;
                client.close(true);
                if (e.getReasonCode() != MqttException.REASON_CODE_CONNECTION_LOST) {
                    throw e;
                }
            }
        }
        throw last;
    }
}
