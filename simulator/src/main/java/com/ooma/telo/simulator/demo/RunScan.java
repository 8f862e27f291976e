package com.ooma.telo.simulator.demo;

import com.ooma.telo.simulator.broker.BrokerSighting;
import com.ooma.telo.simulator.collector.OpenedReport;
import com.ooma.telo.simulator.household.PersonalItems;
import com.ooma.telo.simulator.leak.Finding;
import com.ooma.telo.simulator.leak.LeakScanner;
import com.ooma.telo.simulator.leak.ScanSurface;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/** Gathers every surface of one run (broker records, opened reports, the run folder) and scans them. */
final class RunScan {
    private static final int TAG_KEY_BYTES = 32;

    private RunScan() {}

    static List<Finding> scan(PersonalItems items, List<BrokerSighting> sightings, List<OpenedReport> reports,
            Path runRoot) throws IOException {
        byte[] tagKey = new byte[TAG_KEY_BYTES];
        new SecureRandom().nextBytes(tagKey);
        LeakScanner scanner = LeakScanner.forItems(items.numbers(), items.names(), tagKey);
        List<ScanSurface> surfaces = new ArrayList<>();
        for (BrokerSighting s : sightings) {
            surfaces.add(new ScanSurface(s.kind().label(), "broker record " + s.ordinal(), s.bytes()));
        }
        for (OpenedReport r : reports) {
            surfaces.add(new ScanSurface("opened report", "seq " + r.seq(), r.plaintext()));
        }
        List<Finding> findings = new ArrayList<>(scanner.scan(surfaces));
        findings.addAll(scanner.scanTree(runRoot));
        return findings;
    }
}
