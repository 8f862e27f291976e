package com.ooma.telo.simulator.hil;

import java.util.ArrayList;
import java.util.List;

/** What the run looked like over wall time, for the report's plots: fleet spool depth and faults. */
final class Timeline {
    /** One poll of every agent's /status: wall and simulated ms, summed spool depth, hubs connected. */
    record Sample(long wallMs, long simMs, long spoolPending, int connected, int hubs) {}

    /** A fault as it happened, in wall ms. */
    record FaultSpan(String name, long startMs, long endMs, int hubs) {}

    private final List<Sample> samples = new ArrayList<>();
    private final List<FaultSpan> faults = new ArrayList<>();

    synchronized void sample(Sample s) {
        samples.add(s);
    }

    synchronized void fault(FaultSpan f) {
        faults.add(f);
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    synchronized List<FaultSpan> faults() {
        return List.copyOf(faults);
    }
}
