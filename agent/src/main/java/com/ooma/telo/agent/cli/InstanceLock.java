package com.ooma.telo.agent.cli;

import com.ooma.telo.agent.state.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One agent per state folder: two would interleave appends in one spool and reuse sequence numbers. The OS drops
 * the lock when the process dies, however it dies, so a kill -9 never leaves a stale lock behind.
 */
final class InstanceLock implements AutoCloseable {
    static final String FILE = "agent.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws IOException naming the folder when another agent holds it */
    static InstanceLock acquire(Path stateDir) throws IOException {
        PrivateFiles.createFolders(stateDir);
        Path file = stateDir.resolve(FILE);
        FileChannel ch = PrivateFiles.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldInThisJvm) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            ch.close();
            throw new IOException("another agent is already running with state.dir \"" + stateDir + "\"");
        }
        return new InstanceLock(ch, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
