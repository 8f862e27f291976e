package com.ooma.telo.agent;

import com.ooma.telo.agent.checkpoint.SealedReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;

/**
 * Sealed reports the spool could not take (a full disk, an I/O error), held in memory (and in the checkpoint when
 * it can be written) and offered to the spool again, oldest first, until the disk has room: a full disk delays a
 * window, it does not lose it. Bounded by bytes; past the bound the oldest health report goes first, a usage report
 * only when no health report is left (a day of calling aggregates outweighs a quarter hour of device figures).
 * Guarded by the pipeline's lock.
 */
final class HeldReports {
    /** About 30 padded usage reports, or a day and a half of busy health reports: well within the agent's heap. */
    static final int MAX_BYTES = 256 * 1024;

    private final LinkedList<SealedReport> held = new LinkedList<>();
    private int bytes;

    /** Holds {@code r}; returns the reports dropped to stay within the bound (counted by the caller). */
    List<SealedReport> hold(SealedReport r) {
        held.addLast(r);
        bytes += r.length();
        List<SealedReport> dropped = new ArrayList<>();
        while (bytes > MAX_BYTES && held.size() > 1) {
            SealedReport victim = oldest("health").orElseGet(held::getFirst);
            held.remove(victim);
            bytes -= victim.length();
            dropped.add(victim);
        }
        return dropped;
    }

    private Optional<SealedReport> oldest(String channel) {
        return held.stream().filter(r -> r.channel().equals(channel)).findFirst();
    }

    boolean isEmpty() {
        return held.isEmpty();
    }

    /** The held reports, oldest first (the checkpoint keeps them). */
    List<SealedReport> all() {
        return List.copyOf(held);
    }

    /** Offers the held reports to {@code spool} oldest first, stopping at the first it refuses; returns those taken. */
    List<SealedReport> offer(java.util.function.Predicate<SealedReport> spool) {
        List<SealedReport> taken = new ArrayList<>();
        for (Iterator<SealedReport> it = held.iterator(); it.hasNext(); ) {
            SealedReport r = it.next();
            if (!spool.test(r)) {
                break;
            }
            it.remove();
            bytes -= r.length();
            taken.add(r);
        }
        return taken;
    }

    /** Forgets the held reports of one channel (a lowered consent); returns how many. */
    int purge(String channel) {
        int before = held.size();
        held.removeIf(r -> r.channel().equals(channel));
        bytes = held.stream().mapToInt(SealedReport::length).sum();
        return before - held.size();
    }
}
