package com.ooma.telo.agent.spool;

import com.ooma.telo.agent.spool.AppendResult.Appended;
import com.ooma.telo.agent.spool.AppendResult.Failed;
import com.ooma.telo.agent.spool.AppendResult.Full;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;
import org.tinylog.Logger;

/**
 * The on-disk write-ahead log of sealed reports between sealing and publishing (docs/design.md §5): a report is
 * appended and fsynced before it is published, and leaves only when acknowledged. Acks are held in memory and made
 * durable by compaction (when dead bytes reach a quarter of {@code maxBytes} and outweigh live ones, when an append
 * needs the room, and at close), so a normal day costs one fdatasync per report. Format and recovery rules:
 * docs/spool-format.md. Thread-safe: the pipeline thread appends while the publisher thread acks.
 */
public final class Spool implements Closeable {

    /** Acked bytes are compacted away once they reach maxBytes / COMPACT_DEAD_DIVISOR (and outweigh live bytes). */
    static final int COMPACT_DEAD_DIVISOR = 4;

    private final Object lock = new Object();
    private final long maxBytes;
    private final SpoolSegment segment;
    private final LinkedHashMap<Long, StoredRecord> live = new LinkedHashMap<>();
    private final List<StoredRecord> pendingScrub = new ArrayList<>();
    private final long corruptSkipped;
    private final long tornTruncated;
    private final long movedAside;
    private final boolean olderFormat;
    private final Path dir;
    private long liveBytes;
    private long nextId;
    private long appended;
    private long acked;
    private long refusedFull;
    private long ioErrors;
    private boolean closed;

    private Spool(Path dir, long maxBytes, SpoolSegment.Opened opened) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.segment = opened.segment();
        SegmentScan scan = opened.scan();
        scan.records().forEach(this::hold);
        this.nextId = scan.nextId();
        this.corruptSkipped = scan.corruptSkipped();
        this.tornTruncated = scan.tornLost();
        this.olderFormat = opened.olderFormat();
        this.movedAside = opened.movedAside().isPresent() ? 1 : 0;
    }

    /**
     * Opens (creating {@code dir} if needed) and replays the spool. A file this agent cannot read is moved aside and
     * counted ({@link SpoolStats#movedAside}); only a directory that cannot be created or read fails the open.
     */
    public static Spool open(Path dir, long maxBytes) throws IOException {
        return open(dir, maxBytes, ChannelOpener.DEFAULT);
    }

    static Spool open(Path dir, long maxBytes, ChannelOpener opener) throws IOException {
        long smallest = FileHeader.BYTES + RecordFrame.OVERHEAD_BYTES + 1;
        if (maxBytes < smallest) {
            throw new IllegalArgumentException("spool maxBytes " + maxBytes + " is below the minimum " + smallest);
        }
        SpoolSegment.Opened opened = SpoolSegment.open(dir, opener);
        Spool spool = new Spool(dir, maxBytes, opened);
        opened.movedAside().ifPresent(why -> Logger.warn("spool: {} could not be read ({}); moved it to {} and"
                + " started empty", SpoolSegment.FILE_NAME, why, SpoolSegment.UNREADABLE_NAME));
        if (spool.tornTruncated > 0) {
            Logger.warn("spool: cut off a torn tail (an append interrupted by a crash): {} record(s) lost",
                    spool.tornTruncated);
        }
        if (spool.corruptSkipped > 0) {
            Logger.warn("spool: skipped {} damaged record(s) at replay", spool.corruptSkipped);
        }
        if (spool.corruptSkipped > 0 || spool.olderFormat) {
            synchronized (spool.lock) {
                // Damage is neither counted again nor kept on disk; an older file is rewritten in this format
                // before an ack frame lands in it (an older agent rolled back to would take that for damage).
                spool.compact();
            }
        }
        return spool;
    }

    /** Appends and fdatasyncs one sealed report; never throws. */
    public AppendResult append(String channel, byte[] sealed) {
        if (!RecordFrame.isValidChannel(channel)) {
            return new Failed("invalid channel \"" + channel + "\"");
        }
        if (sealed == null || sealed.length > RecordFrame.MAX_PAYLOAD_BYTES) {
            return new Failed("payload missing or over " + RecordFrame.MAX_PAYLOAD_BYTES + " bytes");
        }
        synchronized (lock) {
            if (closed) {
                return new Failed("spool is closed");
            }
            long needed = RecordFrame.frameBytes(sealed.length);
            if (segment.size() + needed > maxBytes && deadBytes() > 0) {
                compact();
            }
            if (segment.size() + needed > maxBytes) {
                refusedFull++;
                return new Full(needed, Math.max(0, maxBytes - segment.size()));
            }
            long id = nextId++; // consumed even on failure: an id is never written twice
            SpoolRecord record = new SpoolRecord(id, channel, sealed);
            try {
                long at = segment.append(RecordFrame.encode(id, channel, record.sealedView()));
                hold(new StoredRecord(record, at));
                appended++;
                return new Appended(id);
            } catch (IOException | RuntimeException e) {
                ioErrors++;
                com.ooma.telo.agent.log.ThrottledLog.warn("spool: append failed ({})", describe(e)); // a full disk is retried
                return new Failed("write failed: " + describe(e));
            }
        }
    }

    /** Unacknowledged records in append order. */
    public List<SpoolRecord> pending() {
        synchronized (lock) {
            List<SpoolRecord> out = new ArrayList<>(live.size());
            live.values().forEach(s -> out.add(s.record()));
            return out;
        }
    }

    /** Whether a record is still unacknowledged (a send pass checks, so an ack since its snapshot is not resent). */
    public boolean isPending(long id) {
        synchronized (lock) {
            return live.containsKey(id);
        }
    }

    /**
     * Marks a record delivered; unknown and repeated ids are ignored. Durable at once against a crash of the process
     * (an ack frame in the file), against a power cut after the next sync ({@link AckFrame}).
     */
    public void ack(long id) {
        synchronized (lock) {
            StoredRecord gone = closed ? null : live.remove(id);
            if (gone == null) {
                return;
            }
            try {
                if (segment.size() + AckFrame.BYTES <= maxBytes) {
                    segment.appendAck(id);
                } else {
                    liveBytes -= gone.frameBytes();
                    acked++;
                    compact(); // no room for the ack frame within the bound: rewrite without the record instead
                    return;
                }
            } catch (IOException | RuntimeException e) {
                ioErrors++; // the ack stays in memory; a restart before the next compaction resends the record
                Logger.warn("spool: writing an ack failed ({})", describe(e));
            }
            acked++;
            liveBytes -= gone.frameBytes();
            long dead = deadBytes();
            if (dead >= maxBytes / COMPACT_DEAD_DIVISOR && dead >= liveBytes) {
                compact();
            }
        }
    }

    /**
     * Drops the oldest records of one channel, as few as make room for a record of {@code payloadBytes} within the
     * bound and shrink the file by at least its size (or every one of them), and rewrites the file without them: for a report that matters more than they do. Returns how
     * many were dropped; their bytes are scrubbed like purged ones.
     */
    public int evictOldest(String channel, int payloadBytes) {
        synchronized (lock) {
            if (closed) {
                return 0;
            }
            long needed = RecordFrame.frameBytes(payloadBytes);
            List<StoredRecord> removed = new ArrayList<>();
            long freed = 0;
            for (StoredRecord s : live.values()) {
                if (FileHeader.BYTES + liveBytes - freed + needed <= maxBytes && freed >= needed) {
                    break; // fits the bound, and the file shrinks by the record's size (a full disk too)
                }
                if (s.record().channel().equals(channel)) {
                    removed.add(s);
                    freed += s.frameBytes();
                }
            }
            if (!removed.isEmpty()) {
                removed.forEach(s -> live.remove(s.record().id()));
                liveBytes -= freed;
                pendingScrub.addAll(removed);
                compact();
            }
            return removed.size();
        }
    }

    /** Removes the records of matching channels from memory and rewrites the file without them, scrubbing the old. */
    public int purge(Predicate<String> channel) {
        synchronized (lock) {
            if (closed) {
                return 0;
            }
            List<StoredRecord> removed = new ArrayList<>();
            for (StoredRecord s : live.values()) {
                if (channel.test(s.record().channel())) {
                    removed.add(s);
                }
            }
            if (!removed.isEmpty()) {
                removed.forEach(s -> live.remove(s.record().id()));
                removed.forEach(s -> liveBytes -= s.frameBytes());
                pendingScrub.addAll(removed);
                compact();
            }
            deleteUnreadable(); // what it holds cannot be told apart by channel, so a purge takes it all
            return removed.size();
        }
    }

    public SpoolStats stats() {
        synchronized (lock) {
            return new SpoolStats(live.size(), segment.size(), appended, acked, refusedFull, ioErrors,
                    corruptSkipped, tornTruncated, movedAside);
        }
    }

    /** Compacts away acknowledged records, then closes the file. Idempotent. */
    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (deadBytes() > 0 || !pendingScrub.isEmpty()) {
                compact();
            }
            closed = true;
            segment.close();
        }
    }

    private void deleteUnreadable() {
        try {
            Files.deleteIfExists(dir.resolve(SpoolSegment.UNREADABLE_NAME));
        } catch (IOException e) {
            ioErrors++;
            Logger.warn("spool: could not delete {} ({})", SpoolSegment.UNREADABLE_NAME, describe(e));
        }
    }

    private void hold(StoredRecord stored) {
        live.put(stored.record().id(), stored);
        liveBytes += stored.frameBytes();
    }

    private long deadBytes() {
        return segment.size() - FileHeader.BYTES - liveBytes;
    }

    /** Rewrites the file with the live records only; on failure the old file (and every record) stays. */
    private void compact() {
        try {
            SpoolSegment.Rewritten rewritten = segment.rewrite(nextId, pending(), pendingScrub);
            pendingScrub.clear();
            live.clear();
            liveBytes = 0;
            rewritten.records().forEach(this::hold);
            ioErrors += rewritten.lateIoErrors();
        } catch (IOException | RuntimeException e) {
            ioErrors++;
            Logger.warn("spool: compaction failed ({}); acknowledged records stay on disk", describe(e));
        }
    }

    // File-system messages name the spool path and the errno text, nothing personal.
    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
