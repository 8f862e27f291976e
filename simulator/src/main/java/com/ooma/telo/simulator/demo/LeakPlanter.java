package com.ooma.telo.simulator.demo;

import java.nio.charset.StandardCharsets;
import com.ooma.telo.simulator.broker.BrokerConnection;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/** For {@code --plant-leak}: publishes one unsealed message holding a played caller name on the device's topics. */
final class LeakPlanter {
    private LeakPlanter() {}

    static void plant(String brokerUri, String deviceIdHex, String playedName) throws MqttException {
        MqttClient client = BrokerConnection.open(brokerUri, "telo-demo-planter", null, null);
        try {
            MqttMessage message = new MqttMessage(("caller=" + playedName).getBytes(StandardCharsets.UTF_8));
            message.setQos(1);
            client.publish("telo/v1/" + deviceIdHex + "/diag", message);
            client.disconnect();
        } finally {
            client.close();
        }
    }
}
