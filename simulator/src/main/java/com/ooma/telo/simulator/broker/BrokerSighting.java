package com.ooma.telo.simulator.broker;

/**
 * One thing a client handed the broker, recorded as it arrived.
 *
 * @param ordinal the order in which the broker saw it, counting from 1 (a label that never shows the bytes)
 */
public record BrokerSighting(Kind kind, int ordinal, byte[] bytes) {

    /** What the bytes were: every field of CONNECT, SUBSCRIBE and PUBLISH that a device controls. */
    public enum Kind {
        CLIENT_ID("client id"),
        USERNAME("username"),
        WILL_TOPIC("will topic"),
        WILL_PAYLOAD("will payload"),
        SUBSCRIPTION("subscription"),
        TOPIC("topic"),
        PAYLOAD("payload");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
