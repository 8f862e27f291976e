package com.ooma.telo.agent.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The agent's log file, bounded in size and rotated by the agent itself (no logrotate rule): {@code agent.log} is
 * the live file, {@code agent.log.1} the one before, up to {@code agent.log.<files-1>}. When an entry would take the
 * live file past {@code maxBytes}, the oldest file is deleted, each other one moves up a number, and a new live
 * file starts; with {@code files = 1} the live file simply starts over. So the files together never hold more than
 * {@code files * maxBytes} bytes, and none is larger than {@code maxBytes} (an entry longer than that on its own is
 * cut to fit and ends in {@value #CUT_MARK}).
 *
 * <p>Each entry is written with one unbuffered write, so it is in the file (the page cache) when {@link #write}
 * returns and survives a {@code kill -9}; there is no fsync (flash wear; a power cut may lose the last lines).
 * Every file is created mode 0600 (the mode is given at creation, so there is no readable window, and set again
 * after, so the umask cannot widen or narrow it); a live file found with another mode is tightened to 0600.
 * Not thread-safe: the {@link RedactingWriter} serialises calls.
 */
final class RotatingLogFile implements AutoCloseable {
    static final String CUT_MARK = " [cut]\n";
    static final long MIN_BYTES = 256;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path live;
    private final long maxBytes;
    private final int files;
    private FileChannel channel;
    private long size;

    /** Opens (or creates) {@code live} for appending; nothing is rotated until a write needs it. */
    RotatingLogFile(Path live, long maxBytes, int files) throws IOException {
        if (maxBytes < MIN_BYTES || files < 1) {
            throw new IllegalArgumentException("log bound too small: " + maxBytes + " bytes, " + files + " file(s)");
        }
        this.live = live;
        this.maxBytes = maxBytes;
        this.files = files;
        open();
    }

    /** Appends one rendered entry (complete lines), rotating first when it would not fit. */
    void write(byte[] entry) throws IOException {
        byte[] bytes = entry.length <= maxBytes ? entry : cut(entry, maxBytes);
        if (channel == null) {
            open(); // the last write or rotation failed: try afresh
        }
        if (size > 0 && size + bytes.length > maxBytes) {
            rotate();
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        try {
            while (buf.hasRemaining()) {
                size += channel.write(buf);
            }
        } catch (IOException e) {
            closeQuietly();
            throw e;
        }
    }

    private void rotate() throws IOException {
        closeQuietly();
        if (files == 1) {
            Files.deleteIfExists(live);
        } else {
            Files.deleteIfExists(numbered(files - 1));
            for (int i = files - 2; i >= 1; i--) {
                if (Files.exists(numbered(i))) {
                    Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (Files.exists(live)) { // it may have been removed by hand
                Files.move(live, numbered(1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        open();
    }

    private Path numbered(int i) {
        return live.resolveSibling(live.getFileName() + "." + i);
    }

    private void open() throws IOException {
        boolean posix = live.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        FileChannel ch = FileChannel.open(live, EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                attrs);
        try {
            if (posix && !Files.getPosixFilePermissions(live).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(live, OWNER_ONLY);
            }
            size = ch.size();
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        channel = ch;
    }

    /** The first {@code limit} bytes of {@code entry}, cut at a UTF-8 character boundary, ending in the mark. */
    static byte[] cut(byte[] entry, long limit) {
        byte[] mark = CUT_MARK.getBytes(StandardCharsets.UTF_8);
        int keep = (int) limit - mark.length;
        while (keep > 0 && (entry[keep] & 0xC0) == 0x80) {
            keep--; // entry[keep] continues a character: cut before that character
        }
        byte[] out = new byte[keep + mark.length];
        System.arraycopy(entry, 0, out, 0, keep);
        System.arraycopy(mark, 0, out, keep, mark.length);
        return out;
    }

    private void closeQuietly() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing buffered: closing loses nothing
            }
            channel = null;
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            FileChannel ch = channel;
            channel = null;
            ch.close();
        }
    }
}
