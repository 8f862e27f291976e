package com.ooma.telo.simulator.bench;

/**
 * One MQTT control packet as it crossed the agent's broker connection, counted whole: fixed header, variable header
 * and payload.
 *
 * @param fromAgent true when the agent wrote it, false when the broker did
 * @param type      the MQTT packet type (1 CONNECT … 14 DISCONNECT)
 * @param channel   for PUBLISH, the topic's last level ({@code health}, {@code usage}, {@code state}, …); else null
 * @param packetId  PUBLISH at QoS 1, PUBACK, SUBSCRIBE, SUBACK: the packet identifier; else -1
 * @param bytes     the packet's size on the connection
 * @param simMs     the simulated wall time when it was seen
 */
public record MqttPacket(boolean fromAgent, int type, String channel, int packetId, int bytes, long simMs) {
    public static final int CONNECT = 1;
    public static final int PUBLISH = 3;
    public static final int PUBACK = 4;
    public static final int PINGREQ = 12;
    public static final int PINGRESP = 13;

    private static final String[] NAMES = {"RESERVED", "CONNECT", "CONNACK", "PUBLISH", "PUBACK", "PUBREC", "PUBREL",
        "PUBCOMP", "SUBSCRIBE", "SUBACK", "UNSUBSCRIBE", "UNSUBACK", "PINGREQ", "PINGRESP", "DISCONNECT", "AUTH"};

    public String typeName() {
        return NAMES[type];
    }

    /** The topic channel a topic names: its last level ({@code telo/v1/<device>/health} → {@code health}). */
    static String channelOf(String topic) {
        return topic.substring(topic.lastIndexOf('/') + 1);
    }
}
