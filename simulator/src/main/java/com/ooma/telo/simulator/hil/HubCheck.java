package com.ooma.telo.simulator.hil;

/**
 * One check of one hub, as summary.json and junit.xml carry it.
 *
 * @param name    {@code events accepted}, {@code calls reconciled}, {@code reports opened} or {@code canaries}
 * @param message what was found: the figures when it passed, the gap named by hub, window and metric when it
 *                failed (counts, windows and tags only, never a played value)
 */
public record HubCheck(String name, boolean passed, String message) {
    public static final String EVENTS = "events accepted";
    public static final String CALLS = "calls reconciled";
    public static final String REPORTS = "reports opened";
    public static final String CANARIES = "canaries";
}
