package com.ooma.telo.simulator.collector;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ReportStore} for collectors sharing one JVM: a concurrent set of (device, boot, seq). */
final class InProcessReportStore implements ReportStore {
    private record Key(String device, long boot, long seq) {}

    private final Set<Key> stored = ConcurrentHashMap.newKeySet();

    @Override
    public boolean claim(String deviceIdHex, long bootEpoch, long seq) {
        return stored.add(new Key(deviceIdHex, bootEpoch, seq));
    }
}
