package com.ooma.telo.agent.spool;

/** What became of one {@link Spool#append}: the caller counts every outcome other than {@link Appended}. */
public sealed interface AppendResult {

    /** The record is on disk and fsynced; it stays there until {@link Spool#ack} and a later compaction. */
    record Appended(long id) implements AppendResult { }

    /** Refused because the spool would exceed its bound: {@code needed} frame bytes, {@code free} bytes left. */
    record Full(long needed, long free) implements AppendResult { }

    /** Refused because of a bad argument, a closed spool or an I/O error; nothing was stored. */
    record Failed(String reason) implements AppendResult { }
}
