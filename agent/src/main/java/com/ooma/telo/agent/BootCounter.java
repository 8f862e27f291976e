package com.ooma.telo.agent;

import com.ooma.telo.agent.state.CounterFile;
import com.ooma.telo.agent.state.PrivateFiles;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The boot epoch: how many times the agent has started on this hub, persisted in {@code state.dir/boot-epoch}
 * (format: {@code v1 <n>\n}). Reports carry it so the backend can tell a restart from a gap.
 */
final class BootCounter {
    static final String FILE = "boot-epoch";
    static final String MAGIC = "v1 ";

    private BootCounter() {
    }

    /** Reads the last epoch, stores and returns the next one (atomically: temp file, fsync, rename). */
    static long next(Path stateDir) throws IOException {
        PrivateFiles.createFolders(stateDir);
        Path file = stateDir.resolve(FILE);
        long next = CounterFile.read(file, MAGIC).orElse(0) + 1;
        CounterFile.write(file, MAGIC, next);
        return next;
    }
}
