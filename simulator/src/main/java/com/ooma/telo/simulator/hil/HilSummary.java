package com.ooma.telo.simulator.hil;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code DIR/summary.json}: the run's parameters and one entry per hub (machine-readable, for CI). */
public record HilSummary(String scenario, long seed, int hubs, String start, int days, boolean diagnosticsPlayed,
        List<String> faultsDeclared, boolean passed, List<HubResult> results) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public HilSummary {
        faultsDeclared = List.copyOf(faultsDeclared);
        results = List.copyOf(results);
    }

    public void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }

    public String line() {
        long played = results.stream().mapToLong(HubResult::callsPlayed).sum();
        long counted = results.stream().mapToLong(HubResult::callsCounted).sum();
        long leaks = results.stream().mapToLong(r -> r.leaks().size()).sum();
        return "hil: scenario=" + scenario + " hubs=" + hubs + " days=" + days + " calls played=" + played
                + " calls counted=" + counted + " leaks=" + leaks + (passed ? " PASSED" : " FAILED");
    }
}
