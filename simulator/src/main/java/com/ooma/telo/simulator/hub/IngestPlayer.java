package com.ooma.telo.simulator.hub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.simulator.household.CallEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plays events to the agent's ingest port the way the hub's software does: one JSON object per line, UTF-8. */
public final class IngestPlayer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private IngestPlayer() {}

    /** Sends every event on one connection; returns the number of lines written. */
    public static int play(InetSocketAddress ingest, List<CallEvent> events) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(ingest, CONNECT_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            for (CallEvent e : events) {
                out.write(line(e));
            }
            out.flush();
            socket.shutdownOutput();
        }
        return events.size();
    }

    /** One NDJSON line; {@code remote_name} is left out when the hub has no name. */
    static byte[] line(CallEvent e) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", CallEvent.TYPE);
        m.put("ts", e.ts());
        m.put("call_id", e.callId());
        m.put("direction", e.direction());
        m.put("remote_number", e.remoteNumber());
        if (e.remoteName() != null) {
            m.put("remote_name", e.remoteName());
        }
        m.put("local_number", e.localNumber());
        m.put("disposition", e.disposition());
        m.put("started_at", e.startedAt());
        m.put("duration_ms", e.durationMs());
        m.put("sip_code", e.sipCode());
        m.put("codec", e.codec());
        m.put("handset", e.handset());
        byte[] json = JSON.writeValueAsBytes(m);
        byte[] line = new byte[json.length + 1];
        System.arraycopy(json, 0, line, 0, json.length);
        line[json.length] = '\n';
        return line;
    }
}
