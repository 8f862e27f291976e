package com.ooma.telo.agent.spool;

/**
 * Counters of one open spool, for the health report. {@code pending} and {@code bytesOnDisk} are current values;
 * the others count since {@link Spool#open}; {@code corruptSkipped} and {@code tornTruncated} come from the replay
 * at open.
 *
 * @param pending        records appended and not yet acknowledged (or purged)
 * @param bytesOnDisk    size of the spool file, dead (acknowledged, not yet compacted) records included
 * @param appended       appends that returned {@link AppendResult.Appended}
 * @param acked          distinct records acknowledged
 * @param refusedFull    appends refused with {@link AppendResult.Full}
 * @param ioErrors       file-system operations that failed (appends, compactions, directory syncs)
 * @param corruptSkipped damaged records (or damaged regions) skipped at replay, each one lost
 * @param tornTruncated  records lost in a torn tail (a crash in the middle of an append) cut off at replay
 * @param movedAside     1 when the file found at open could not be read and was moved aside (the spool started empty)
 */
public record SpoolStats(int pending, long bytesOnDisk, long appended, long acked, long refusedFull,
                         long ioErrors, long corruptSkipped, long tornTruncated, long movedAside) { }
