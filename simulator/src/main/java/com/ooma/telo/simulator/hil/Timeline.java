package com.ooma.telo.simulator.hil;

import com.ooma.telo.simulator.fault.AppliedFault;
import java.util.ArrayList;
import java.util.List;

/** What the run looked like over wall time, for the report's plots: spool depth, connections and faults. */
final class Timeline {
    /**
     * One poll of every agent's /status.
     *
     * @param wallMs       ms after playback began
     * @param spoolPending reports waiting in the spools, summed over the hubs that answered
     * @param maxPending   the deepest single spool
     * @param connected    hubs that said they are connected to the broker
     * @param answered     hubs that answered (an agent between kill and restart does not)
     */
    record Sample(long wallMs, long spoolPending, long maxPending, int connected, int answered) {}

    private final List<Sample> samples = new ArrayList<>();
    private final List<AppliedFault> faults = new ArrayList<>();

    synchronized void sample(Sample s) {
        samples.add(s);
    }

    synchronized void fault(AppliedFault f) {
        faults.add(f);
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    synchronized List<AppliedFault> faults() {
        return faults.stream().sorted(java.util.Comparator.comparingLong(AppliedFault::startWallMs)).toList();
    }
}
