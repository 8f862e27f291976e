package com.ooma.telo.agent.aggregate;

import java.time.Instant;

/** A half-open report window [start, end). */
public record ReportWindow(Instant start, Instant end) {
    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
