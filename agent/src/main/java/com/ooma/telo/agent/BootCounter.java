package com.ooma.telo.agent;

import com.ooma.telo.agent.state.CounterFile;
import com.ooma.telo.agent.state.DamagedStateException;
import com.ooma.telo.agent.state.PrivateFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.tinylog.Logger;

/**
 * The boot epoch: how many times the agent has started on this hub, persisted in {@code state.dir/boot-epoch}
 * (format: {@code v1 <n>\n}). Reports carry it so the backend can tell a restart from a gap.
 *
 * <p>Start-up is never blocked here. An unreadable file is moved aside ({@code boot-epoch.unreadable}) and the epoch
 * restarts from the wall clock's Unix seconds, far above any count a hub reaches, so it does not repeat an earlier
 * epoch (the seq, which is never guessed, still orders everything). A file that cannot be written (a full disk) leaves
 * the new epoch in memory only: the next start may repeat it, which the seq tells apart.
 */
final class BootCounter {
    static final String FILE = "boot-epoch";
    static final String UNREADABLE = FILE + ".unreadable";
    static final String MAGIC = "v1 ";

    /** The epoch, and whether it had to be recovered or could not be stored (counted as a fault). */
    record Epoch(long value, boolean recovered) { }

    private BootCounter() {
    }

    /** Reads the last epoch, stores and returns the next one (atomically: temp file, fsync, rename). */
    static Epoch next(Path stateDir, Clock clock) throws IOException {
        PrivateFiles.createFolders(stateDir);
        Path file = stateDir.resolve(FILE);
        long next;
        boolean recovered = false;
        try {
            next = CounterFile.read(file, MAGIC).orElse(0) + 1;
        } catch (DamagedStateException e) {
            Files.move(file, stateDir.resolve(UNREADABLE), StandardCopyOption.REPLACE_EXISTING);
            next = Math.max(1, clock.instant().getEpochSecond());
            recovered = true;
            Logger.warn("boot epoch file was unreadable; moved it to {} and restarted the epoch at {}", UNREADABLE,
                    next);
        }
        try {
            CounterFile.write(file, MAGIC, next);
        } catch (IOException e) {
            recovered = true;
            Logger.warn("boot epoch {} could not be stored ({}); the next start may repeat it", next,
                    e.getClass().getSimpleName());
        }
        return new Epoch(next, recovered);
    }
}
