package com.ooma.telo.simulator.collector;

/**
 * Which reports are already stored, shared by every collector of a fleet so a report that reaches two of them
 * (a QoS 1 redelivery after a reconnect lands on whichever member the broker picks) is stored once. A report is
 * named by (device, boot epoch, seq): seq never repeats for a signing key, the boot epoch is carried too so a
 * store outlives a key rotation that restarts seq.
 */
public interface ReportStore {

    /** True for the first caller to claim this report, false for everyone after (atomically, across collectors). */
    boolean claim(String deviceIdHex, long bootEpoch, long seq);

    /** Collectors in one JVM (the {@code hil} run): a concurrent set. */
    static ReportStore inProcess() {
        return new InProcessReportStore();
    }
}
