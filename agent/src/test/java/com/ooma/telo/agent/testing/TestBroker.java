package com.ooma.telo.agent.testing;

/** A real MQTT broker on a loopback port, started for one test. */
public interface TestBroker extends AutoCloseable {
    /** {@code tcp://127.0.0.1:PORT}. */
    String uri();

    @Override
    void close();
}
