package com.ooma.telo.simulator.device;

import java.util.List;

/** A stretch of simulated time, {@code [from, to)} in Unix ms. */
public record Window(long from, long to) {

    public boolean contains(long t) {
        return t >= from && t < to;
    }

    static boolean anyContains(List<Window> windows, long t) {
        for (Window w : windows) {
            if (w.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the window holding {@code t}, or {@code t} when none does. */
    static long endOfAnyHolding(List<Window> windows, long t) {
        long at = t;
        for (Window w : windows) {
            if (w.contains(at)) {
                at = w.to();
            }
        }
        return at;
    }
}
