package com.ooma.telo.simulator.collector;

/** One MQTT message as the collector received it; {@code ordinal} counts arrivals from 1. */
public record ReceivedMessage(int ordinal, String topic, byte[] payload) {

    /** The last topic level: {@code usage}, {@code health}, {@code state}… */
    public String channel() {
        return topic.substring(topic.lastIndexOf('/') + 1);
    }
}
