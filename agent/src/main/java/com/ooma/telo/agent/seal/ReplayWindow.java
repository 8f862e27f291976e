package com.ooma.telo.agent.seal;

import com.ooma.telo.agent.state.DamagedStateException;
import com.ooma.telo.agent.state.DurableFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * In-memory anti-replay state per (device id, sender kid), as in IPsec: a 1024-seq sliding bitmap below the newest
 * accepted seq. Out-of-order delivery inside the window is accepted once; anything at or below newest − 1024 is
 * refused because it can no longer be told apart from a replay. Not thread-safe: the opener serialises calls.
 *
 * <p>Saved state is text: a {@code telo-replay v1} line, then one line per sender,
 * {@code <device_id> <sender_kid> <newest> <256 hex digits of the bitmap>}.
 */
final class ReplayWindow {
    static final int WINDOW = 1024;

    private record Sender(String deviceIdHex, int senderKid) { }

    private static final class State {
        long newest;
        final long[] seen = new long[WINDOW / Long.SIZE];
    }

    private static final String MAGIC = "telo-replay v1";
    private static final HexFormat HEX = HexFormat.of();

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

    /** Writes every sender's window atomically; sorted, so the same state gives the same file. */
    void save(Path file) throws IOException {
        Map<String, State> sorted = new TreeMap<>();
        senders.forEach((k, v) -> sorted.put(k.deviceIdHex() + " " + HEX.toHexDigits(k.senderKid()), v));
        StringBuilder text = new StringBuilder(MAGIC).append('\n');
        sorted.forEach((key, s) -> {
            text.append(key).append(' ').append(s.newest).append(' ');
            for (long word : s.seen) {
                text.append(HEX.toHexDigits(word));
            }
            text.append('\n');
        });
        DurableFiles.replace(file, text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Replaces the state with what {@link #save} wrote; a missing file leaves the window empty. */
    void restore(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            senders.clear();
            return;
        }
        if (lines.isEmpty() || !MAGIC.equals(lines.get(0))) {
            throw corrupt(file);
        }
        Map<Sender, State> read = new HashMap<>();
        try {
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(" ", -1);
                if (f.length != 4 || !f[0].matches("[0-9a-f]{32}") || !f[1].matches("[0-9a-f]{8}")
                        || f[3].length() != WINDOW / 4) {
                    throw corrupt(file);
                }
                State s = new State();
                s.newest = Long.parseLong(f[2]);
                for (int i = 0; i < s.seen.length; i++) {
                    s.seen[i] = HEX.fromHexDigitsToLong(f[3], i * 16, i * 16 + 16);
                }
                read.put(new Sender(f[0], HEX.fromHexDigits(f[1])), s);
            }
        } catch (IllegalArgumentException e) {
            throw corrupt(file);
        }
        senders.clear();
        senders.putAll(read);
    }

    private static DamagedStateException corrupt(Path file) {
        return new DamagedStateException("replay state file '" + file + "' is not in the '" + MAGIC + "' format;"
                + " refusing to guess (a lost window would accept replays)");
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
