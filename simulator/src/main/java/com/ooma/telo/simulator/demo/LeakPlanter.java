package com.ooma.telo.simulator.demo;

import java.nio.charset.StandardCharsets;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** For {@code --plant-leak}: publishes one unsealed message holding a played caller name on the device's topics. */
final class LeakPlanter {
    private LeakPlanter() {}

    static void plant(String brokerUri, String deviceIdHex, String playedName) throws MqttException {
        MqttClient client = new MqttClient(brokerUri, "telo-demo-planter", new MemoryPersistence());
        try {
            client.connect();
            MqttMessage message = new MqttMessage(("caller=" + playedName).getBytes(StandardCharsets.UTF_8));
            message.setQos(1);
            client.publish("telo/v1/" + deviceIdHex + "/diag", message);
            client.disconnect();
        } finally {
            client.close();
        }
    }
}
