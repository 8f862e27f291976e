package com.ooma.telo.simulator.collector;

/**
 * A report one collector of the fleet stored: the opened report, its boot epoch (from the sealed body), when it
 * arrived (wall ms, for delivery latency) and which collector stored it.
 */
public record StoredReport(OpenedReport report, long bootEpoch, long arrivedMs, String collector) {

    public String deviceIdHex() {
        return report.deviceIdHex();
    }

    /** Sealed-to-stored delay in ms ({@code -1} when the device's clock was not synced). */
    public long latencyMs() {
        return report.timestampMs() == 0 ? -1 : arrivedMs - report.timestampMs();
    }
}
