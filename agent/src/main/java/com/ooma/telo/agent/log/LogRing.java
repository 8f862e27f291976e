package com.ooma.telo.agent.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Recent log lines, already redacted, in memory only: bounded in lines and in UTF-8 bytes, the oldest evicted first
 * and counted. The diagnostics bundle reads it; consent {@code off} clears it. Nothing here ever reaches flash.
 * Thread-safe.
 *
 * <pre>
 * add ─▶ [oldest … newest] ─▶ snapshot()      ≤ maxLines lines and ≤ maxBytes bytes; a longer line is cut to
 *          └─ evicted() counts what fell out   maxLineBytes (UTF-8 boundary) before it is held
 * </pre>
 */
public final class LogRing {
    private final int maxLines;
    private final long maxBytes;
    private final int maxLineBytes;
    private final Deque<String> lines = new ArrayDeque<>();
    private long bytes;
    private long added;
    private long evicted;

    public LogRing(int maxLines, long maxBytes, int maxLineBytes) {
        if (maxLines < 1 || maxLineBytes < 16 || maxBytes < maxLineBytes) {
            throw new IllegalArgumentException("ring bounds too small: " + maxLines + " lines, " + maxBytes
                    + " bytes, " + maxLineBytes + " bytes a line");
        }
        this.maxLines = maxLines;
        this.maxBytes = maxBytes;
        this.maxLineBytes = maxLineBytes;
    }

    /** Holds one redacted line (no line end), evicting the oldest until both bounds hold. */
    public synchronized void add(String line) {
        String held = cut(line, maxLineBytes);
        long size = utf8Length(held);
        lines.addLast(held);
        bytes += size;
        added++;
        while (lines.size() > maxLines || bytes > maxBytes) {
            bytes -= utf8Length(lines.removeFirst());
            evicted++;
        }
    }

    /** The lines held now, oldest first. */
    public synchronized List<String> snapshot() {
        return new ArrayList<>(lines);
    }

    /** Forgets every line (consent off); the counters stay. */
    public synchronized void clear() {
        lines.clear();
        bytes = 0;
    }

    public synchronized long added() {
        return added;
    }

    public synchronized long evicted() {
        return evicted;
    }

    public synchronized int size() {
        return lines.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    static long utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code s} cut to at most {@code limit} UTF-8 bytes, at a character boundary. */
    static String cut(String s, int limit) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= limit) {
            return s;
        }
        int keep = limit;
        while (keep > 0 && (b[keep] & 0xC0) == 0x80) {
            keep--;
        }
        return new String(b, 0, keep, StandardCharsets.UTF_8);
    }
}
