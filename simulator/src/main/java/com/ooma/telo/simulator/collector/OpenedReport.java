package com.ooma.telo.simulator.collector;

import com.fasterxml.jackson.databind.JsonNode;

/** A report that verified and opened, with its CBOR body read as a JSON tree. */
public record OpenedReport(ReceivedMessage message, String deviceIdHex, long seq, long timestampMs, byte[] plaintext,
        JsonNode body) {

    /** The kind from the sealed plaintext (the topic is not authenticated). */
    public String kind() {
        return body.path("kind").asText("");
    }

    /** Calls this report counts: the sum of {@code calls[].n} of a usage report, 0 for anything else. */
    public long callsCounted() {
        if (!"usage".equals(kind())) {
            return 0;
        }
        long sum = 0;
        for (JsonNode row : body.path("calls")) {
            sum += row.path("n").asLong(0);
        }
        return sum;
    }
}
