package com.ooma.telo.agent.cli;

import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into an orderly stop. A shutdown hook would make the JVM exit with 143; the contract says
 * SIGTERM seals, publishes and exits 0, so the signal only releases the main thread, which then stops everything.
 */
final class StopSignals {
    private StopSignals() {
    }

    static void onStop(Runnable action) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), s -> action.run());
            } catch (IllegalArgumentException e) {
                // The signal is not available on this platform (or reserved by the JVM): nothing to hook.
            }
        }
    }
}
