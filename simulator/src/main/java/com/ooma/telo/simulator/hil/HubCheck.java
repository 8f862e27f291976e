package com.ooma.telo.simulator.hil;

/**
 * One check of one hub, as summary.json and junit.xml carry it.
 *
 * @param name    {@code events accepted}, {@code calls reconciled}, {@code reports opened}, {@code canaries} or
 *                (receipt mode) {@code spool receipted}
 * @param message what was found: the figures when it passed, the gap named by hub, window and metric when it
 *                failed (counts, windows and tags only, never a played value)
 */
public record HubCheck(String name, boolean passed, String message) {
    public static final String EVENTS = "events accepted";
    public static final String CALLS = "calls reconciled";
    public static final String REPORTS = "reports opened";
    public static final String CANARIES = "canaries";
    /** Receipt mode only: the agent exited with an empty spool, every report receipted. */
    public static final String RECEIPTS = "spool receipted";
    public static final String METRICS = "metrics reconciled";
}
