package com.ooma.telo.agent;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.ooma.telo.agent.ingest.IngestStats;
import com.ooma.telo.agent.log.ThrottledLog;
import com.ooma.telo.agent.publish.PublishStats;
import com.ooma.telo.agent.redact.EventRedactor;
import com.ooma.telo.agent.spool.SpoolStats;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Gathers every stage's counters into one flat, sorted map (health reports) and the status page's JSON. */
final class StatusCounters {
    private static final JsonFactory JSON = new JsonFactory();

    private StatusCounters() {
    }

    static SortedMap<String, Long> collect(IngestStats ingest, EventRedactor redactor, PipelineCounters pipeline,
                                           SpoolStats spool, PublishStats publish, int queued) {
        SortedMap<String, Long> m = new TreeMap<>();
        ingest.copyInto(m);
        m.put("pipeline.queued", (long) queued);
        redactor.counters().forEach((k, v) -> m.put("redact." + k, v));
        pipeline.copyInto(m);
        m.put("spool.pending", (long) spool.pending());
        m.put("spool.bytes", spool.bytesOnDisk());
        m.put("spool.refused_full", spool.refusedFull());
        m.put("spool.io_errors", spool.ioErrors());
        m.put("spool.corrupt_skipped", spool.corruptSkipped());
        m.put("spool.torn_truncated", spool.tornTruncated());
        m.put("spool.moved_aside", spool.movedAside());
        m.putAll(publish.snapshot());
        m.put("log.suppressed", ThrottledLog.suppressed());
        return m;
    }

    /**
     * @param counters         the counters the asking view may show (status.DeviceCounters on the LAN)
     * @param lastConnectError the class of the last failed broker connect since start, if any
     * @param facts            further top-level string or number fields (version, uptime_s, consent, health, view)
     */
    static String json(String deviceId, SortedMap<String, Long> counters, boolean connected,
                       Optional<String> lastConnectError, Map<String, Object> facts) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("device_id", deviceId);
            g.writeNumberField("events_accepted", counters.getOrDefault("ingest.accepted", 0L));
            g.writeNumberField("events_malformed", counters.getOrDefault("ingest.malformed", 0L));
            g.writeBooleanField("broker_connected", connected);
            if (lastConnectError.isPresent()) {
                g.writeStringField("last_connect_error", lastConnectError.get());
            }
            for (Map.Entry<String, Object> f : facts.entrySet()) {
                if (f.getValue() instanceof Number n) {
                    g.writeNumberField(f.getKey(), n.longValue());
                } else {
                    g.writeStringField(f.getKey(), String.valueOf(f.getValue()));
                }
            }
            g.writeObjectFieldStart("counters");
            for (Map.Entry<String, Long> e : counters.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
