package com.ooma.telo.agent.cli;

import java.nio.file.Path;
import org.tinylog.configuration.Configuration;

/** Points tinylog at stderr and, when configured, a log file, before the first log line. */
final class AgentLogSetup {
    private AgentLogSetup() {
    }

    static void configure(Path logFile, String level) {
        Configuration.set("level", level);
        Configuration.set("writer", "console");
        Configuration.set("writer.stream", "err");
        Configuration.set("writer.format", "{date: yyyy-MM-dd'T'HH:mm:ss.SSSZ} {level} [{thread}] {message}");
        if (logFile != null) {
            Configuration.set("writer2", "file");
            Configuration.set("writer2.file", logFile.toString());
            Configuration.set("writer2.format", "{date: yyyy-MM-dd'T'HH:mm:ss.SSSZ} {level} [{thread}] {message}");
        }
    }
}
