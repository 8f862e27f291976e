package com.ooma.telo.agent.spool;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Replays the bytes of a spool file into its intact records, applying the recovery rules of docs/spool-format.md:
 * a damaged record is skipped and counted when a later intact frame exists; damage that runs to the end of the
 * file is a torn tail, cut off at {@code validEnd}.
 *
 * @param records        intact records, ids strictly increasing, in file order
 * @param nextId         the id to assign next (above the header's floor and every record's id)
 * @param validEnd       where the intact part of the file ends; the file is truncated there when shorter than it
 * @param corruptSkipped damaged frames or regions skipped
 * @param tornTail       whether a torn tail was found
 */
record SegmentScan(List<StoredRecord> records, long nextId, long validEnd, int corruptSkipped, boolean tornTail) {

    static SegmentScan of(byte[] file, Path path) throws IOException {
        long nextId = Math.max(1, FileHeader.decode(file, path));
        List<StoredRecord> records = new ArrayList<>();
        long lastId = 0;
        int corrupt = 0;
        int at = FileHeader.BYTES;
        while (at < file.length) {
            Optional<RecordFrame.Header> header = RecordFrame.readHeader(file, at);
            if (header.isPresent()) {
                RecordFrame.Header h = header.get();
                long end = at + h.frameBytes();
                if (end > file.length) {
                    break; // an intact header whose body never reached the disk: torn tail
                }
                if (h.id() > lastId && RecordFrame.payloadIntact(file, at, h)) {
                    byte[] payload = Arrays.copyOfRange(file, at + RecordFrame.PAYLOAD_OFFSET,
                            at + RecordFrame.PAYLOAD_OFFSET + h.payloadLen());
                    records.add(new StoredRecord(new SpoolRecord(h.id(), h.channel(), payload), at));
                    lastId = h.id();
                } else {
                    corrupt++; // the header CRC vouches for the length, so the next frame is right behind it
                }
                at = (int) end;
                continue;
            }
            int next = nextIntactFrame(file, at + 1, lastId);
            if (next < 0) {
                break; // nothing intact follows: treat as a torn tail
            }
            corrupt++;
            at = next;
        }
        return new SegmentScan(records, Math.max(nextId, lastId + 1), at, corrupt, at < file.length);
    }

    /** The offset of the first wholly intact frame at or after {@code from} with an id above lastId, or -1. */
    private static int nextIntactFrame(byte[] file, int from, long lastId) {
        for (int at = from; at <= file.length - RecordFrame.OVERHEAD_BYTES; at++) {
            if (!RecordFrame.markerAt(file, at)) {
                continue;
            }
            Optional<RecordFrame.Header> header = RecordFrame.readHeader(file, at);
            if (header.isPresent() && at + header.get().frameBytes() <= file.length
                    && header.get().id() > lastId && RecordFrame.payloadIntact(file, at, header.get())) {
                return at;
            }
        }
        return -1;
    }
}
