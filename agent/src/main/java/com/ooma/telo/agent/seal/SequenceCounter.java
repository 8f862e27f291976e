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
 * file is one text line, {@code telo-seq v1 <next-unreserved>}: every number below it may have been used. The first
 * block is reserved at open; when that fails (a full disk) at the first {@link #next}, so the start is not refused.
 *
 * <p>A state file that does not parse is never guessed at: {@link #retired} hands out the one number the key can
 * never have used ({@link #LAST}) for the announcement of a fresh key, and nothing after it.
 */
final class SequenceCounter {
    static final long BLOCK_SIZE = 1024;
    private static final String MAGIC = "telo-seq v1 ";

    /** The largest seq (u64 on the wire, kept below 2^63 here); blocks of 1,024 a day would take 10^16 years. */
    static final long LAST = Long.MAX_VALUE;

    private final Path file;
    private final boolean retired;
    private long next;
    private long reservedUpTo;

    private SequenceCounter(Path file, long start, boolean retired) {
        this.file = file;
        this.next = start;
        this.reservedUpTo = start;
        this.retired = retired;
    }

    /**
     * Opens (or starts at 1) the counter for {@code signingKid} in {@code stateDir}. Throws
     * {@link com.ooma.telo.agent.state.DamagedStateException} when the file is there but unreadable.
     */
    static SequenceCounter open(Path stateDir, int signingKid) throws IOException {
        PrivateFiles.createFolders(stateDir);
        Path file = fileFor(stateDir, signingKid);
        SequenceCounter counter = new SequenceCounter(file, readReservedUpTo(file), false);
        try {
            counter.reserve(); // at open, so two counters opened on one file never share a block
        } catch (IOException e) {
            // a full disk at start: the first next() tries again (and the seal is refused and counted until then)
        }
        return counter;
    }

    /** A counter for a key whose state file is lost: {@link #LAST} once, then refusals. */
    static SequenceCounter retired(Path stateDir, int signingKid) {
        return new SequenceCounter(fileFor(stateDir, signingKid), LAST, true);
    }

    static Path fileFor(Path stateDir, int signingKid) {
        return stateDir.resolve("seq-" + KeyId.hex(signingKid) + ".state");
    }

    boolean isRetired() {
        return retired;
    }

    /** The next number; reserves a new block on disk first when the current one is used up. */
    synchronized long next() throws IOException {
        if (retired) {
            if (next != LAST) {
                throw new IOException("the signing key's seq state was lost; it signs nothing after its last seq");
            }
            next = 0;
            return LAST;
        }
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
