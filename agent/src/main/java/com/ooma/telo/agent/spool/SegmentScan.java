package com.ooma.telo.agent.spool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Replays the bytes of a spool file into its unacknowledged intact records, applying the recovery rules of
 * docs/spool-format.md: a damaged frame is skipped and counted when a later intact frame exists; damage that runs to
 * the end of the file is a torn tail, cut off at {@code validEnd}; an ack frame removes its record.
 *
 * @param records        intact records not acknowledged, ids strictly increasing, in file order
 * @param nextId         the id to assign next (above the header's floor and every record's id)
 * @param validEnd       where the intact part of the file ends; the file is truncated there when shorter than it
 * @param corruptSkipped damaged frames or regions skipped
 * @param tornTail       whether the file ends in a torn tail (cut off at {@code validEnd})
 * @param tornLost       records lost in that tail: the append a crash interrupted (none when it was an ack) plus
 *                       every further record header the cut-off region still holds
 */
record SegmentScan(List<StoredRecord> records, long nextId, long validEnd, int corruptSkipped, boolean tornTail,
                   int tornLost) {

    /** A fresh, empty file. */
    static SegmentScan empty() {
        return new SegmentScan(List.of(), 1, FileHeader.BYTES, 0, false, 0);
    }

    SegmentScan withOneMoreSkipped() {
        return new SegmentScan(records, nextId, validEnd, corruptSkipped + 1, tornTail, tornLost);
    }

    /**
     * Replays the frames after the header; {@code headerNextId} is the header's id floor (1 when the header was
     * damaged: ids need only increase within a file, and the file is rewritten with a fresh header at once).
     */
    static SegmentScan of(byte[] file, long headerNextId) {
        long nextId = Math.max(1, headerNextId);
        LinkedHashMap<Long, StoredRecord> records = new LinkedHashMap<>();
        long lastId = 0;
        int corrupt = 0;
        int at = FileHeader.BYTES;
        while (at < file.length) {
            OptionalLong acked = AckFrame.read(file, at);
            if (acked.isPresent()) {
                records.remove(acked.getAsLong());
                at += AckFrame.BYTES;
                continue;
            }
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
                    records.put(h.id(), new StoredRecord(new SpoolRecord(h.id(), h.channel(), payload), at));
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
        boolean torn = at < file.length;
        int lost = !torn ? 0 : (AckFrame.markerAt(file, at) ? 0 : 1) + headersIn(file, at + 1);
        return new SegmentScan(new ArrayList<>(records.values()), Math.max(nextId, lastId + 1), at, corrupt, torn,
                lost);
    }

    /** The offset of the first wholly intact frame (record above lastId, or ack) at or after {@code from}, or -1. */
    private static int nextIntactFrame(byte[] file, int from, long lastId) {
        for (int at = from; at < file.length; at++) {
            if (AckFrame.read(file, at).isPresent()) {
                return at;
            }
            if (at > file.length - RecordFrame.OVERHEAD_BYTES || !RecordFrame.markerAt(file, at)) {
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

    /** Record headers (marker and header CRC intact) at or after {@code from}: each one a record a torn tail lost. */
    private static int headersIn(byte[] file, int from) {
        int n = 0;
        for (int at = from; at <= file.length - RecordFrame.HEADER_BYTES; at++) {
            if (RecordFrame.markerAt(file, at) && RecordFrame.readHeader(file, at).isPresent()) {
                n++;
            }
        }
        return n;
    }
}
