package com.ooma.telo.agent.log;

/**
 * The agent's own recent log lines, as the {@link RedactingWriter} wrote them (redacted) with their clock times
 * coarsened to the minute ({@link MinuteTimes}), for the diagnostics bundle. One ring per JVM: tinylog creates the
 * writers, so the ring cannot be handed to them. Only one writer feeds it (the file's when there is one,
 * {@code recent=false} on the other), so no line is held twice.
 */
public final class RecentLines {
    /** 400 lines: about the last hour of a quiet agent, the minutes around a fault of a busy one. */
    public static final int MAX_LINES = 400;
    /** 64 KiB: a quarter of the bundle's bound, whatever the lines' length. */
    public static final long MAX_BYTES = 65_536;
    /** A line longer than this (a stack trace frame list) is cut. */
    public static final int MAX_LINE_BYTES = 1024;

    private static final LogRing AGENT = new LogRing(MAX_LINES, MAX_BYTES, MAX_LINE_BYTES);

    private RecentLines() {}

    public static LogRing agent() {
        return AGENT;
    }

    /** Each line of a written (redacted) entry into the ring. */
    static void keep(String redactedEntry) {
        for (String line : redactedEntry.split("\r?\n")) {
            if (!line.isEmpty()) {
                AGENT.add(MinuteTimes.coarsen(line));
            }
        }
    }
}
