package com.ooma.telo.agent.log;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tinylog.Level;
import org.tinylog.Logger;
import org.tinylog.configuration.Configuration;
import org.tinylog.jul.JulTinylogBridge;

/**
 * Sets up logging before anything logs: every writer is the {@link RedactingWriter}, and java.util.logging (Paho)
 * is bridged into tinylog; SLF4J (Netty, Moquette) reaches tinylog through slf4j-tinylog on the class path. So no
 * log line the agent writes, its own or a library's, bypasses the redactor.
 */
public final class AgentLogging {
    static final String FORMAT = "{date: yyyy-MM-dd'T'HH:mm:ss.SSSZ} {level} [{thread}] {class-name}: {message}";

    private AgentLogging() {}

    /**
     * Replaces tinylog's configuration (redacting writers to the {@code targets}, at {@code level}) and installs
     * the JUL bridge. Call first thing: tinylog freezes its configuration at first use.
     * If something logged before (a test harness, an embedding program), the bundled {@code tinylog.properties}
     * stays in force, which is the same redacting writer to stderr; a warning says the file and level were not
     * applied. Either way nothing unredacted is written.
     *
     * @throws IllegalArgumentException for an unknown level, quoting it
     */
    public static void configure(LogTargets targets, String level) {
        Map<String, String> properties = properties(targets, level);
        if (Configuration.isFrozen()) {
            Logger.warn("Logging was in use before start-up; log file and level from the command line not applied");
        } else {
            Configuration.replace(properties);
        }
        JulTinylogBridge.activate();
    }

    /**
     * The tinylog properties {@link #configure(LogTargets, String)} installs: {@code writer1} to stderr,
     * {@code writer2} to the file. No writing thread: each line is written before the logging call returns.
     */
    static Map<String, String> properties(LogTargets targets, String level) {
        String lvl = parseLevel(level);
        Map<String, String> p = new LinkedHashMap<>();
        if (targets.toStderr()) {
            p.put("writer1", "redacting");
            p.put("writer1.level", lvl);
            p.put("writer1.format", FORMAT);
        }
        if (targets.file().isPresent()) {
            p.put("writer2", "redacting");
            p.put("writer2.level", lvl);
            p.put("writer2.format", FORMAT);
            p.put("writer2.file", targets.file().get().toString());
            p.put("writer2.max_bytes", Long.toString(targets.maxBytes()));
            p.put("writer2.files", Integer.toString(targets.files()));
            if (targets.toStderr()) {
                p.put("writer1.recent", "false"); // the file's writer feeds RecentLines: each line once
            }
        }
        p.put("writingthread", "false");
        return p;
    }

    private static String parseLevel(String level) {
        try {
            return Level.valueOf(level.trim().toUpperCase(Locale.ROOT)).name().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Invalid log level \"" + level
                    + "\": expected trace, debug, info, warn, error or off", e);
        }
    }
}
