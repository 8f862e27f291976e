package com.ooma.telo.agent.seal;

import java.util.HashMap;
import java.util.Map;

/**
 * In-memory anti-replay state per (device id, sender kid), as in IPsec: a 1024-seq sliding bitmap below the newest
 * accepted seq. Out-of-order delivery inside the window is accepted once; anything at or below newest − 1024 is
 * refused because it can no longer be told apart from a replay. Not thread-safe: the opener serialises calls.
 */
final class ReplayWindow {
    static final int WINDOW = 1024;

    private record Sender(String deviceIdHex, int senderKid) { }

    private static final class State {
        long newest;
        final long[] seen = new long[WINDOW / Long.SIZE];
    }

    private final Map<Sender, State> senders = new HashMap<>();

    /** Records {@code seq} and returns true if it was never accepted before and is still inside the window. */
    boolean accept(String deviceIdHex, int senderKid, long seq) {
        State s = senders.get(new Sender(deviceIdHex, senderKid));
        if (s == null) {
            s = new State();
            s.newest = seq;
            mark(s, seq);
            senders.put(new Sender(deviceIdHex, senderKid), s);
            return true;
        }
        if (seq > s.newest) {
            slide(s, seq);
            mark(s, seq);
            return true;
        }
        if (seq <= s.newest - WINDOW || isMarked(s, seq)) {
            return false;
        }
        mark(s, seq);
        return true;
    }

    /** Moves the window up to {@code seq}, forgetting the slots that now fall out of it. */
    private static void slide(State s, long seq) {
        if (seq - s.newest >= WINDOW) {
            java.util.Arrays.fill(s.seen, 0L);
        } else {
            for (long n = s.newest + 1; n <= seq; n++) {
                clear(s, n);
            }
        }
        s.newest = seq;
    }

    private static int slot(long seq) {
        return (int) Math.floorMod(seq, (long) WINDOW);
    }

    private static void mark(State s, long seq) {
        s.seen[slot(seq) >>> 6] |= 1L << (slot(seq) & 63);
    }

    private static void clear(State s, long seq) {
        s.seen[slot(seq) >>> 6] &= ~(1L << (slot(seq) & 63));
    }

    private static boolean isMarked(State s, long seq) {
        return (s.seen[slot(seq) >>> 6] & (1L << (slot(seq) & 63))) != 0;
    }
}
