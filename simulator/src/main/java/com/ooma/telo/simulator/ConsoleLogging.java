package com.ooma.telo.simulator;

import java.util.Map;
import org.tinylog.configuration.Configuration;

/**
 * Keeps the demo's console readable: the simulator's own and Moquette's logs go to stderr at WARN and above, while
 * stdout carries only the demo's output. Set before the first log call, so it wins over any bundled properties.
 */
final class ConsoleLogging {
    private ConsoleLogging() {}

    static void configure() {
        if (Configuration.isFrozen()) {
            return;
        }
        Configuration.replace(Map.of(
                "writer", "console",
                "writer.stream", "err",
                "writer.level", "warn",
                "writer.format", "{level}: {class-name}: {message}"));
    }
}
