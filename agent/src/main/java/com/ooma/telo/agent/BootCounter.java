package com.ooma.telo.agent;

import com.ooma.telo.agent.state.DurableFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The boot epoch: how many times the agent has started on this hub, persisted in {@code state.dir/boot-epoch}
 * (format: {@code v1 <n>\n}). Reports carry it so the backend can tell a restart from a gap.
 */
final class BootCounter {
    static final String FILE = "boot-epoch";

    private BootCounter() {
    }

    /** Reads the last epoch, stores and returns the next one (atomically: temp file, fsync, rename). */
    static long next(Path stateDir) throws IOException {
        Files.createDirectories(stateDir);
        Path file = stateDir.resolve(FILE);
        long last = 0;
        if (Files.exists(file)) {
            String s = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (!s.startsWith("v1 ")) {
                throw new IOException("state file \"" + file + "\" has an unknown format");
            }
            try {
                last = Long.parseLong(s.substring(3));
            } catch (NumberFormatException e) {
                throw new IOException("state file \"" + file + "\" is corrupt");
            }
        }
        long next = last + 1;
        DurableFiles.replace(file, ("v1 " + next + "\n").getBytes(StandardCharsets.US_ASCII));
        return next;
    }
}
