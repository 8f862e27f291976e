package com.ooma.telo.simulator.collector;

/**
 * Called once per report, by the collector that stored it, right after the shared {@link ReportStore} claim
 * succeeded: the place a backend acknowledges a report (a delivery receipt to the device, split by device) or hands
 * it on. Never called for a duplicate. Runs on the collector's MQTT callback thread: keep it short.
 */
@FunctionalInterface
public interface ReportStored {

    void stored(OpenedReport report, long bootEpoch);

    /** The default: nothing beyond storing. */
    static ReportStored nothing() {
        return (report, boot) -> { };
    }
}
