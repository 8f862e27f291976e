package com.ooma.telo.agent.redact.text;

import java.util.Map;

/**
 * One redacted log line: the text to emit, whether the residual gate stopped it (then {@code text} is
 * {@code <DROPPED>}), and how many items of each type were replaced.
 */
public record RedactedLine(String text, boolean dropped, Map<Placeholder, Integer> counts) {
    /** What a dropped line is written as. */
    public static final String DROPPED = "<DROPPED>";

    public RedactedLine {
        counts = Map.copyOf(counts);
    }
}
