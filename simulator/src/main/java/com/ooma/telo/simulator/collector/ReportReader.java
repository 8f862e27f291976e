package com.ooma.telo.simulator.collector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.simulator.collector.CollectedReports.RejectedMessage;
import com.ooma.telo.simulator.collector.EnvelopeReader.Opened;
import com.ooma.telo.simulator.collector.EnvelopeReader.Rejected;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Opens what the collector received, drops QoS 1 redeliveries, and prints each report as one JSON line. */
public final class ReportReader {
    private static final CBORMapper CBOR = new CBORMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EnvelopeReader envelopes;

    public ReportReader(EnvelopeReader envelopes) {
        this.envelopes = envelopes;
    }

    public CollectedReports read(List<ReceivedMessage> messages) {
        List<OpenedReport> reports = new ArrayList<>();
        List<RejectedMessage> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (ReceivedMessage m : messages) {
            EnvelopeReader.Opening opening = envelopes.open(m.payload());
            if (opening instanceof Rejected r && "REPLAY".equals(r.reason())) {
                duplicates++; // authentic (the signature is checked first) and already opened: a QoS 1 redelivery
                continue;
            }
            if (opening instanceof Rejected r) {
                rejected.add(new RejectedMessage(m, r.reason()));
                continue;
            }
            Opened o = (Opened) opening;
            if (!m.topic().equals("telo/v1/" + o.deviceIdHex() + "/" + m.channel())) {
                rejected.add(new RejectedMessage(m, "device id in the header is not the topic's"));
                continue;
            }
            // QoS 1 may deliver a report twice; (device, seq) names it exactly once.
            if (!seen.add(o.deviceIdHex() + "/" + o.seq())) {
                duplicates++;
                continue;
            }
            JsonNode body = parse(o.plaintext());
            if (body == null) {
                rejected.add(new RejectedMessage(m, "plaintext is not CBOR"));
            } else {
                reports.add(new OpenedReport(m, o.deviceIdHex(), o.seq(), o.timestampMs(), o.plaintext(), body));
            }
        }
        return new CollectedReports(reports, rejected, duplicates);
    }

    /** {@code {"topic":…,"seq":…,"sealed_at":…,"report":{…}}}; byte strings (padding) print as their length. */
    public static String line(OpenedReport r) {
        ObjectNode out = JSON.createObjectNode();
        out.put("topic", r.message().topic());
        out.put("seq", r.seq());
        out.put("sealed_at", r.timestampMs());
        out.set("report", printable(r.body().deepCopy()));
        return write(out);
    }

    public static String line(RejectedMessage r) {
        ObjectNode out = JSON.createObjectNode();
        out.put("topic", r.message().topic());
        out.put("rejected", r.reason());
        return write(out);
    }

    private static JsonNode parse(byte[] plaintext) {
        try {
            return CBOR.readTree(plaintext);
        } catch (IOException notCbor) {
            return null; // the parser's message quotes the input; the caller reports a fixed reason instead
        }
    }

    private static JsonNode printable(JsonNode node) {
        if (node instanceof BinaryNode b) {
            return TextNode.valueOf("<" + b.binaryValue().length + " bytes>");
        }
        if (node instanceof ObjectNode o) {
            for (String field : iterable(o.fieldNames())) {
                o.set(field, printable(o.get(field)));
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, printable(a.get(i)));
            }
        }
        return node;
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
