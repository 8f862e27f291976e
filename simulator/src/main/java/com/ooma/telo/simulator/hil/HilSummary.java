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
import java.util.Map;

/**
 * {@code DIR/summary.json}: the run's parameters, the faults applied (when, on which hubs, what happened) and those
 * not applied (why), and one entry per hub (machine-readable, for CI).
 *
 * @param daySeconds  wall seconds one simulated day took
 * @param wallSeconds how long the run took, launch to last report
 * @param delivery    the broker, ack mode and collectors of the run, and what the collectors did; null from
 *                    callers that do not say
 */
public record HilSummary(String scenario, long seed, int hubs, String start, int days, boolean diagnosticsPlayed,
        long daySeconds, long wallSeconds, List<String> faultsDeclared, List<AppliedFault> faultsApplied,
        List<SkippedFault> faultsSkipped, boolean passed, List<HubResult> results, Delivery delivery) {

    /**
     * How the run's reports travelled and were collected.
     *
     * @param broker             {@code embedded}, or the external broker's URL
     * @param ack                the agents' {@code publish.ack}: {@code receipt} or {@code broker}
     * @param collectors         live collectors on one shared subscription (0: the embedded broker's recording
     *                           was read afterwards, broker acks only)
     * @param storedByCollector  reports each collector stored (each report is stored by exactly one)
     * @param duplicates         copies dropped by (device, boot epoch, seq) across the collectors
     * @param receiptsSent       signed receipts published to the agents
     * @param seqsReceipted      seqs named in them (a seq receipted again after a resend counts twice)
     * @param awaitingReceiptAtStop summed over the hubs: reports sent but not receipted at the last /status
     * @param spoolsEmptyAtExit  hubs whose agent exited with an empty spool
     */
    public record Delivery(String broker, String ack, int collectors, Map<String, Integer> storedByCollector,
            int duplicates, int receiptsSent, int seqsReceipted, long awaitingReceiptAtStop, int spoolsEmptyAtExit) {
        public Delivery {
            storedByCollector = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(storedByCollector));
        }
    }

    /** Without delivery figures. */
    public HilSummary(String scenario, long seed, int hubs, String start, int days, boolean diagnosticsPlayed,
            long daySeconds, long wallSeconds, List<String> faultsDeclared, List<AppliedFault> faultsApplied,
            List<SkippedFault> faultsSkipped, boolean passed, List<HubResult> results) {
        this(scenario, seed, hubs, start, days, diagnosticsPlayed, daySeconds, wallSeconds, faultsDeclared,
                faultsApplied, faultsSkipped, passed, results, null);
    }

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
                + faultsApplied.size() + " skipped=" + faultsSkipped.size() + (passed ? " PASSED" : " FAILED")
                + (delivery == null || delivery.receiptsSent() == 0 ? ""
                        : " receipts=" + delivery.receiptsSent() + " awaiting=" + delivery.awaitingReceiptAtStop());
    }
}
