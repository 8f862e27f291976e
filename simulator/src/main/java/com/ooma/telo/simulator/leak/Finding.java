package com.ooma.telo.simulator.leak;

/**
 * A personal item found where it must not be. The item itself is never kept: {@code itemTag} is a short keyed hash
 * that tells findings of the same item apart within one run.
 */
public record Finding(String kind, String where, String itemTag) {

    /** One line for the console. */
    public String line() {
        return "leak: item " + itemTag + " in " + kind + " (" + where + ")";
    }
}
