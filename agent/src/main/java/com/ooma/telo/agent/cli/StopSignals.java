package com.ooma.telo.agent.cli;

import sun.misc.Signal;

/**
 * Turns SIGTERM, SIGINT and SIGHUP into an orderly stop. A shutdown hook would make the JVM exit with 143; the
 * contract says SIGTERM seals, publishes and exits 0, so the signal only releases the main thread, which then stops
 * everything. SIGHUP is a stop too, not a reload: the JVM's default made it exit 129 without sealing (a closed
 * terminal, an init system's "reload" lost the open windows); the config is read only at start, so after an edit
 * restart the service (its restart policy brings it back), and TLS files are re-read at every connect anyway.
 */
final class StopSignals {
    private StopSignals() {
    }

    static void onStop(Runnable action) {
        for (String name : new String[] {"TERM", "INT", "HUP"}) {
            try {
                Signal.handle(new Signal(name), s -> action.run());
            } catch (IllegalArgumentException e) {
                // The signal is not available on this platform (or reserved by the JVM): nothing to hook.
            }
        }
    }
}
