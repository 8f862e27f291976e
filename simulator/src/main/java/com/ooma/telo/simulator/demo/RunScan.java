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
import com.ooma.telo.simulator.leak.Secret;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Gathers every surface of one run (broker records, opened reports, the run folder) and scans them. */
public final class RunScan {
    private static final int TAG_KEY_BYTES = 32;

    private RunScan() {}

    static List<Finding> scan(PersonalItems items, List<BrokerSighting> sightings, List<OpenedReport> reports,
            Path runRoot) throws IOException {
        List<Secret> secrets = new ArrayList<>();
        items.numbers().forEach(n -> secrets.add(Secret.phone(n)));
        items.names().forEach(n -> secrets.add(Secret.name(n)));
        return scan(secrets, sightings, reports, runRoot);
    }

    /** Secrets of any kind (canaries included) in the broker's records, the opened reports and the folder. */
    public static List<Finding> scan(Collection<Secret> secrets, List<BrokerSighting> sightings,
            List<OpenedReport> reports, Path runRoot) throws IOException {
        byte[] tagKey = new byte[TAG_KEY_BYTES];
        new SecureRandom().nextBytes(tagKey);
        LeakScanner scanner = LeakScanner.forSecrets(secrets, tagKey);
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
