package com.ooma.telo.agent.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The rule for {@code log.file}: a file (existing or not) in a folder that exists, writable by this user. Checked at
 * start because the logging library, left to find out itself, prints a raw error and runs on without a file log:
 * an agent that starts but does not log where it was told to.
 */
final class LogFileRule {
    private LogFileRule() { }

    /** Empty when the agent can append to {@code file}; otherwise why not, worded to follow the quoted value. */
    static Optional<String> check(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of("names a folder; give a file in it, such as " + file.resolve("agent.log"));
        }
        Path folder = file.getParent();
        if (folder == null || !Files.exists(folder)) {
            return Optional.of("is in folder '" + folder + "', which does not exist; create it first");
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of("is in '" + folder + "', which is not a folder");
        }
        if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(folder)) {
            return Optional.of("cannot be written by this user");
        }
        return Optional.empty();
    }
}
