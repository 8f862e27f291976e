package com.ooma.telo.simulator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.simulator.broker.Published;
import com.ooma.telo.simulator.collector.EnvelopeReader;
import com.ooma.telo.simulator.collector.ReportOpener;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a channel's bytes go: the reports are opened as the backend would, and each top-level entry of their CBOR
 * (a metric with its value, or a common field) is weighed by encoding it again on its own, key and value. Envelope
 * and MQTT framing are what is left of the packet. The sizes are those of Jackson's encoding of the decoded values,
 * not the agent's own bytes: on the household day they add up to about 2 % more than the reports' plaintext (the
 * agent's deterministic CBOR picks the shortest form of each number). Good enough to say what dominates.
 */
final class ReportComposition {
    static final String COMMON = "(common fields: v, reg, boot, start, end, tz, kind)";
    static final String ENVELOPE = "(envelope: header, encapsulated key, tag, signature)";
    private static final CBORMapper CBOR = new CBORMapper();
    private static final List<String> COMMON_KEYS = List.of("v", "reg", "boot", "start", "end", "tz", "kind");

    private ReportComposition() {}

    /** Bytes per entry over every report published on {@code channel}, largest first in iteration of the caller. */
    static Map<String, Long> of(List<Published> published, String channel, ReportOpener opener) throws IOException {
        Map<String, Long> bytes = new TreeMap<>();
        for (Published p : published) {
            if (!MqttPacket.channelOf(p.topic()).equals(channel)) {
                continue;
            }
            if (!(opener.open(p.payload()) instanceof EnvelopeReader.Opened o)) {
                bytes.merge("(not opened)", (long) p.payload().length, Long::sum);
                continue;
            }
            bytes.merge(ENVELOPE, (long) (p.payload().length - o.plaintext().length), Long::sum);
            JsonNode report = CBOR.readTree(o.plaintext());
            for (Iterator<Map.Entry<String, JsonNode>> it = report.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                long size = CBOR.writeValueAsBytes(Map.of(e.getKey(), e.getValue())).length - 1; // less map(1)
                bytes.merge(COMMON_KEYS.contains(e.getKey()) ? COMMON : e.getKey(), size, Long::sum);
            }
        }
        return bytes;
    }
}
