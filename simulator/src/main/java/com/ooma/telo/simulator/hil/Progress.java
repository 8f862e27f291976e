package com.ooma.telo.simulator.hil;

import java.io.PrintWriter;

/**
 * Shows how far the run is: a bar redrawn in place on a terminal ({@code System.console() != null}), plain lines at
 * every tenth otherwise (CI logs, pipes), so a log never fills with carriage returns.
 */
public final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private int lastTenth = -1;

    public Progress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    static Progress forConsole(PrintWriter out) {
        return new Progress(out, System.console() != null);
    }

    /** @param done share in [0, 1] */
    public synchronized void show(double done, String detail) {
        int tenth = (int) Math.floor(Math.min(1, done) * 10);
        if (terminal) {
            int filled = (int) Math.round(Math.min(1, done) * WIDTH);
            out.print("\rhil: [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                    + String.format(java.util.Locale.ROOT, "%3d%%", Math.round(done * 100)) + " " + detail + "   ");
            out.flush();
        } else if (tenth > lastTenth) {
            out.println("hil: " + tenth * 10 + " % " + detail);
            out.flush();
        }
        lastTenth = Math.max(lastTenth, tenth);
    }

    public synchronized void end() {
        if (terminal) {
            out.println();
            out.flush();
        }
    }
}
