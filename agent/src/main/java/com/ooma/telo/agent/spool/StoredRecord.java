package com.ooma.telo.agent.spool;

/** A live record and where its frame starts in the current spool file (needed to scrub it after a purge). */
record StoredRecord(SpoolRecord record, long offset) {

    long frameBytes() {
        return RecordFrame.frameBytes(record.sealedLength());
    }
}
