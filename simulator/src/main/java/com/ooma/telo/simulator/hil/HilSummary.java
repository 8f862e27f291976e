package com.ooma.telo.simulator.hil;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.ooma.telo.simulator.fault.AppliedFault;
import com.ooma.telo.simulator.fault.SkippedFault;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code DIR/summary.json}: the run's parameters, the faults applied (when, on which hubs, what happened) and those
 * not applied (why), and one entry per hub (machine-readable, for CI).
 *
 * @param daySeconds  wall seconds one simulated day took
 * @param wallSeconds how long the run took, launch to last report
 */
public record HilSummary(String scenario, long seed, int hubs, String start, int days, boolean diagnosticsPlayed,
        long daySeconds, long wallSeconds, List<String> faultsDeclared, List<AppliedFault> faultsApplied,
        List<SkippedFault> faultsSkipped, boolean passed, List<HubResult> results) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public HilSummary {
        faultsDeclared = List.copyOf(faultsDeclared);
        faultsApplied = List.copyOf(faultsApplied);
        faultsSkipped = List.copyOf(faultsSkipped);
        results = List.copyOf(results);
    }

    public void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }

    public long callsPlayed() {
        return results.stream().mapToLong(HubResult::callsPlayed).sum();
    }

    public long callsCounted() {
        return results.stream().mapToLong(HubResult::callsCounted).sum();
    }

    public long leaks() {
        return results.stream().mapToLong(r -> r.leaks().size()).sum();
    }

    public String line() {
        return "hil: scenario=" + scenario + " hubs=" + hubs + " days=" + days + " calls played=" + callsPlayed()
                + " calls counted=" + callsCounted() + " leaks=" + leaks() + " faults applied="
                + faultsApplied.size() + " skipped=" + faultsSkipped.size() + (passed ? " PASSED" : " FAILED");
    }
}
