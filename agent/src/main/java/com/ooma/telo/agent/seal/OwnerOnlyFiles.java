package com.ooma.telo.agent.seal;

import com.ooma.telo.agent.state.DurableFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** Mode 0600 for private key files: set at creation (never a readable window) and demanded when loading. */
final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() { }

    /** Creates {@code file} with mode 0600 before a byte is written, writes and forces it; never overwrites. */
    static void createWith(Path file, byte[] content) throws IOException {
        FileAttribute<?>[] attrs = supportsPosix(file)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try (FileChannel ch = FileChannel.open(file,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attrs)) {
            ch.write(ByteBuffer.wrap(content));
            ch.force(true);
        }
    }

    /**
     * Replaces {@code file} atomically with new content that is mode 0600 from its first byte: a temp file beside
     * it, fsync, rename over the old one, fsync of the directory. A crash leaves the old file or the new, never both
     * halves.
     */
    static void replaceWith(Path file, byte[] content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        createWith(tmp, content);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        DurableFiles.forceDirectory(file.toAbsolutePath().getParent());
    }

    /** Refuses a file that group or others may access, naming it and its mode. */
    static void require(Path file) throws KeyLoadException {
        if (!supportsPosix(file)) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(perms)) {
                throw new KeyLoadException(file, "private key is accessible by group or others (mode "
                        + octal(perms) + "); restrict it with: chmod 600 " + file);
            }
        } catch (IOException e) {
            throw new KeyLoadException(file, "cannot read permissions (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static boolean supportsPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    static String octal(Set<PosixFilePermission> perms) {
        int mode = 0;
        for (PosixFilePermission p : perms) {
            // The enum runs OWNER_READ (0400) down to OTHERS_EXECUTE (0001).
            mode |= 1 << (8 - p.ordinal());
        }
        return String.format("%04o", mode);
    }
}
