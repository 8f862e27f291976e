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

    /** Replaces {@code file} with {@code content}: temp file, fsync, atomic rename, fsync of the directory. */
    public static void replace(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
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
