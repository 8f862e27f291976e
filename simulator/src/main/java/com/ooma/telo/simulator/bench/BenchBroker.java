package com.ooma.telo.simulator.bench;

import com.ooma.telo.simulator.broker.EmbeddedBroker;
import java.io.IOException;
import java.util.ConcurrentModificationException;

/**
 * Starts the embedded broker for a bench run, again if Moquette trips over itself: {@code Server.getPort()} reads a
 * map its bind listener may be writing at the same moment and can throw ConcurrentModificationException (seen once
 * in a footprint run). The broker of the failed attempt is left to the JVM's exit.
 */
final class BenchBroker {
    private static final int ATTEMPTS = 3;

    private BenchBroker() {}

    static EmbeddedBroker start() throws IOException {
        ConcurrentModificationException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                return EmbeddedBroker.start();
            } catch (ConcurrentModificationException e) {
                last = e;
            }
        }
        throw new IOException("the embedded broker did not start in " + ATTEMPTS + " attempts", last);
    }
}
