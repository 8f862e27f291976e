package com.ooma.telo.agent.spool;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import com.ooma.telo.agent.state.DurableFiles;
import com.ooma.telo.agent.state.PrivateFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tinylog.Logger;

/**
 * The spool file on disk: appends frames with one fdatasync each, and replaces itself by a rewritten copy (temp
 * file, fsync, atomic rename, directory fsync). Not thread-safe; {@link Spool} serialises all calls.
 */
final class SpoolSegment {

    static final String FILE_NAME = "spool.seg";
    static final String TEMP_NAME = "spool.seg.tmp";
    static final String UNREADABLE_NAME = "spool.seg.unreadable";
    /** Larger than any array; a spool file this big is not one this agent wrote. */
    static final long MAX_READABLE_BYTES = Integer.MAX_VALUE - 8;

    private final Path dir;
    private final ChannelOpener opener;
    private FileChannel channel;
    private long end;

    /** Result of a rewrite: the records at their new offsets, and failures after the new file took over. */
    record Rewritten(List<StoredRecord> records, int lateIoErrors) { }

    /**
     * An opened spool file and what its replay found.
     *
     * @param movedAside why the file found was moved to {@link #UNREADABLE_NAME} (and the spool started empty)
     * @param olderFormat the file is of an older format version: rewrite it before appending anything new to it
     */
    record Opened(SpoolSegment segment, SegmentScan scan, Optional<String> movedAside, boolean olderFormat) { }

    private SpoolSegment(Path dir, ChannelOpener opener, FileChannel channel, long end) {
        this.dir = dir;
        this.opener = opener;
        this.channel = channel;
        this.end = end;
    }

    /**
     * Opens the spool file in {@code dir} (creating an empty one if there is none) and replays it. A file this agent
     * cannot read (empty or short, foreign, another format version) is moved aside to {@link #UNREADABLE_NAME},
     * replacing an older one there, and the spool starts empty: start-up is never blocked by a file (the records in
     * it stay on disk for a person, the agent cannot vouch for them). A damaged header with the right magic and
     * version costs only the header: the frames behind it are replayed.
     */
    static Opened open(Path dir, ChannelOpener opener) throws IOException {
        PrivateFiles.createFolders(dir);
        Files.deleteIfExists(dir.resolve(TEMP_NAME)); // a compaction that died before its rename
        Path file = dir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return fresh(dir, opener, Optional.empty());
        }
        FileChannel channel = opener.open(file, READ, WRITE);
        try {
            long size = channel.size();
            byte[] bytes = size > MAX_READABLE_BYTES ? new byte[0] : readAll(channel, size);
            FileHeader.Check header = size > MAX_READABLE_BYTES
                    ? new FileHeader.Unreadable(size + " bytes, too large to be a spool file")
                    : FileHeader.check(bytes);
            if (header instanceof FileHeader.Unreadable unreadable) {
                channel.close();
                Files.move(file, dir.resolve(UNREADABLE_NAME), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                DurableFiles.forceDirectory(dir);
                return fresh(dir, opener, Optional.of(unreadable.reason()));
            }
            boolean damagedHeader = header instanceof FileHeader.DamagedHeader;
            long floor = header instanceof FileHeader.Readable readable ? readable.nextId() : 1;
            SegmentScan scan = SegmentScan.of(bytes, floor);
            if (damagedHeader) {
                scan = scan.withOneMoreSkipped(); // the header itself: counted, and the file compacted at once
            }
            boolean older = header instanceof FileHeader.Readable r && r.version() < FileHeader.FORMAT_VERSION;
            if (scan.tornTail()) {
                channel.truncate(scan.validEnd());
                channel.force(true);
            }
            return new Opened(new SpoolSegment(dir, opener, channel, scan.validEnd()), scan, Optional.empty(), older);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** An empty spool; when even its file cannot be created (a full disk), the first append tries again. */
    private static Opened fresh(Path dir, ChannelOpener opener, Optional<String> movedAside) {
        SpoolSegment segment = new SpoolSegment(dir, opener, null, FileHeader.BYTES);
        try {
            segment.rewrite(1, List.of(), List.of());
        } catch (IOException e) {
            Logger.warn("spool: cannot create {} yet ({}); appends will try again", FILE_NAME,
                    e.getClass().getSimpleName());
        }
        return new Opened(segment, SegmentScan.empty(), movedAside, false);
    }

    long size() {
        return end;
    }

    /** Writes one frame at the end and syncs its data; on failure the file is cut back to where it was. */
    long append(byte[] frame) throws IOException {
        if (channel == null) {
            rewrite(1, List.of(), List.of()); // the file that could not be created at open
        }
        long at = end;
        try {
            writeFully(channel, ByteBuffer.wrap(frame), at);
            channel.force(false);
        } catch (IOException e) {
            try {
                channel.truncate(at);
            } catch (IOException again) {
                e.addSuppressed(again); // leftovers past `end` are overwritten by the next append or cut at replay
            }
            throw e;
        }
        end = at + frame.length;
        return at;
    }

    /**
     * Writes one ack frame at the end without a sync of its own (see {@link AckFrame}); on failure the file is cut
     * back to where it was, and the ack stays in memory until the next compaction.
     */
    void appendAck(long id) throws IOException {
        if (channel == null) {
            return; // no file yet, so no record in it to acknowledge
        }
        long at = end;
        try {
            writeFully(channel, ByteBuffer.wrap(AckFrame.encode(id)), at);
        } catch (IOException e) {
            try {
                channel.truncate(at);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        end = at + AckFrame.BYTES;
    }

    /**
     * Replaces the file by one holding only {@code live}. When {@code scrub} is not empty those byte ranges of the
     * old file are overwritten with zeros once the new file is in place, so purged payloads leave the disk.
     */
    Rewritten rewrite(long nextId, Collection<SpoolRecord> live, List<StoredRecord> scrub) throws IOException {
        Path temp = dir.resolve(TEMP_NAME);
        FileChannel next = opener.open(temp, CREATE_NEW, READ, WRITE);
        List<StoredRecord> placed = new ArrayList<>(live.size());
        long at;
        try {
            writeFully(next, ByteBuffer.wrap(FileHeader.encode(nextId)), 0);
            at = FileHeader.BYTES;
            for (SpoolRecord r : live) {
                byte[] frame = RecordFrame.encode(r.id(), r.channel(), r.sealedView());
                writeFully(next, ByteBuffer.wrap(frame), at);
                placed.add(new StoredRecord(r, at));
                at += frame.length;
            }
            next.force(true);
            Files.move(temp, dir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            next.close();
            Files.deleteIfExists(temp);
            throw e;
        }
        FileChannel old = channel;
        channel = next;
        end = at;
        int lateErrors = syncDirectory() + scrubAndClose(old, scrub);
        return new Rewritten(placed, lateErrors);
    }

    void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }

    /** Makes the rename durable; a failure leaves the rename visible but at risk from a power cut. */
    private int syncDirectory() {
        try (FileChannel d = opener.open(dir, READ)) {
            d.force(true);
            return 0;
        } catch (IOException e) {
            Logger.warn("spool: directory sync failed ({})", e.getClass().getSimpleName());
            return 1;
        }
    }

    private static int scrubAndClose(FileChannel old, List<StoredRecord> scrub) {
        if (old == null) {
            return 0;
        }
        try (old) {
            for (StoredRecord s : scrub) {
                writeFully(old, ByteBuffer.allocate((int) s.frameBytes()), s.offset());
            }
            if (!scrub.isEmpty()) {
                old.force(false);
            }
            return 0;
        } catch (IOException e) {
            Logger.warn("spool: scrubbing the replaced file failed ({})", e.getClass().getSimpleName());
            return 1;
        }
    }

    private static byte[] readAll(FileChannel channel, long size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        while (buf.hasRemaining()) {
            if (channel.read(buf, buf.position()) < 0) {
                break;
            }
        }
        return buf.position() == buf.capacity() ? buf.array() : Arrays.copyOf(buf.array(), buf.position());
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf, long at) throws IOException {
        long pos = at;
        while (buf.hasRemaining()) {
            pos += ch.write(buf, pos);
        }
    }
}
