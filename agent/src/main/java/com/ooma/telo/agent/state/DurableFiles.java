package com.ooma.telo.agent.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.tinylog.Logger;

/**
 * Whole-file replacement that a crash or power cut leaves either old or new, never torn: temp, fsync, rename. Every
 * small state file (boot epoch, sequence reservations, command sequence, window checkpoint, ε ledger) is written
 * through here; the spool has its own segment format.
 */
public final class DurableFiles {
    private DurableFiles() { }

    /**
     * Replaces {@code file} with {@code content}: temp file, fsync, atomic rename, fsync of the directory. The new
     * file is mode 0600 and folders created on the way 0700 ({@link PrivateFiles}).
     */
    public static void replace(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        PrivateFiles.createFolders(dir);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp); // a leftover would keep its old mode; a new one is 0600 from the start
        try (FileChannel ch = PrivateFiles.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("directory '" + dir + "' does not support atomic rename", e);
        }
        forceDirectory(dir);
    }

    /** Makes a rename durable; platforms that cannot open a directory for fsync get best effort only. */
    public static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            Logger.warn("cannot fsync directory; a rename may not survive a power cut");
        }
    }
}
