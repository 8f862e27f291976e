package com.ooma.telo.agent.seal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Trust anchors are the public keys the agent believes: the backend's KEM key (reports are sealed to it), the
 * backend's command key (it authorises commands) and the vendor root (it vouches for new backend keys). Whoever can
 * replace one of them takes over what it guards, so the agent refuses to start when the file, or a folder that
 * holds it or the link to it, is writable by group or others, as it refuses private keys others can read.
 */
final class TrustAnchorFiles {
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS_WRITE =
            Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private TrustAnchorFiles() { }

    /** Refuses {@code file} when it or its folder may be written by group or others, naming which and the mode. */
    static void require(Path file) throws KeyLoadException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Path real = file.toRealPath();
            if (writableByOthers(real)) {
                throw new KeyLoadException(file, "trust anchor is writable by group or others (mode "
                        + OwnerOnlyFiles.octal(Files.getPosixFilePermissions(real))
                        + "), so anyone who can write it could swap the key; restrict it with: chmod go-w " + real);
            }
            Set<Path> folders = new LinkedHashSet<>();
            folders.add(file.toAbsolutePath().getParent()); // where the name (maybe a link) lives
            folders.add(real.getParent());                   // where the key itself lives
            for (Path folder : folders) {
                if (writableByOthers(folder)) {
                    throw new KeyLoadException(file, "trust anchor's folder '" + folder + "' is writable by group"
                            + " or others (mode " + OwnerOnlyFiles.octal(Files.getPosixFilePermissions(folder))
                            + "), so anyone who can write there could swap the key; restrict it with: chmod go-w "
                            + folder);
                }
            }
        } catch (IOException e) {
            throw new KeyLoadException(file, "cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static boolean writableByOthers(Path path) throws IOException {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
        return perms.stream().anyMatch(GROUP_OR_OTHERS_WRITE::contains);
    }
}
