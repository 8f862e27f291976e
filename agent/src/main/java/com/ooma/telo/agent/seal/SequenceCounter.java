package com.ooma.telo.agent.seal;

import com.ooma.telo.agent.state.CounterFile;
import com.ooma.telo.agent.state.PrivateFiles;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The envelope seq for one device signing key: strictly increasing and never reused across restarts.
 *
 * <p>Numbers are handed out from a block reserved on disk first (temp file, fsync, rename, fsync of the directory),
 * so a crash or power cut leaves gaps only, and flash sees one fsync per {@link #BLOCK_SIZE} messages. The state
 * file is one text line, {@code telo-seq v1 <next-unreserved>}: every number below it may have been used.
 */
final class SequenceCounter {
    static final long BLOCK_SIZE = 1024;
    private static final String MAGIC = "telo-seq v1 ";

    private final Path file;
    private long next;
    private long reservedUpTo;

    private SequenceCounter(Path file, long start) {
        this.file = file;
        this.next = start;
        this.reservedUpTo = start;
    }

    /** Opens (or starts at 1) the counter for {@code signingKid} in {@code stateDir}, reserving the first block. */
    static SequenceCounter open(Path stateDir, int signingKid) throws IOException {
        PrivateFiles.createFolders(stateDir);
        Path file = stateDir.resolve("seq-" + KeyId.hex(signingKid) + ".state");
        SequenceCounter counter = new SequenceCounter(file, readReservedUpTo(file));
        counter.reserve();
        return counter;
    }

    /** The next number; reserves a new block on disk first when the current one is used up. */
    synchronized long next() throws IOException {
        if (next >= reservedUpTo) {
            reserve();
        }
        return next++;
    }

    private void reserve() throws IOException {
        long limit = Math.addExact(next, BLOCK_SIZE);
        CounterFile.write(file, MAGIC, limit);
        reservedUpTo = limit;
    }

    private static long readReservedUpTo(Path file) throws IOException {
        // An unreadable counter must stop the agent: guessing could reuse numbers the backend has already seen.
        long value = CounterFile.read(file, MAGIC).orElse(1);
        if (value < 1) {
            throw CounterFile.corrupt(file, MAGIC);
        }
        return value;
    }
}
