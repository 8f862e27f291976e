package com.ooma.telo.agent.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders the agent creates for itself (state, spool, log, lock): mode 0600 and 0700 from the moment they
 * exist, whatever the umask, so no other local user can read or tamper with them. The mode is passed to the create
 * call itself (no window with a wider mode); a umask can only take bits away from it, never add any. On a
 * filesystem without POSIX permissions the calls behave as the plain {@link Files} ones.
 */
public final class PrivateFiles {
    /** rw-------. */
    public static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    /** rwx------. */
    public static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() { }

    /** {@link Files#createDirectories}, each folder it creates mode 0700; existing folders are left as they are. */
    public static Path createFolders(Path dir) throws IOException {
        return Files.createDirectories(dir, attributes(dir, FOLDER_MODE));
    }

    /** {@link FileChannel#open}; a file it creates is mode 0600. */
    public static FileChannel open(Path file, OpenOption... options) throws IOException {
        return FileChannel.open(file, Set.of(options), attributes(file, FILE_MODE));
    }

    private static FileAttribute<?>[] attributes(Path path, Set<PosixFilePermission> mode) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)}
                : new FileAttribute<?>[0];
    }
}
