package com.ooma.telo.simulator.hub;

import com.ooma.telo.simulator.event.Ndjson;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.household.CallEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

/** Plays events to the agent's ingest port the way the hub's software does: one JSON object per line, UTF-8. */
public final class IngestPlayer {
    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private IngestPlayer() {}

    /** Sends every call on one connection; returns the number of lines written. */
    public static int play(InetSocketAddress ingest, List<CallEvent> calls) throws IOException {
        return playEvents(ingest, calls.stream().map(CallEvent::played).toList());
    }

    /** Sends every event on one connection, in order; returns the number of lines written. */
    public static int playEvents(InetSocketAddress ingest, List<PlayedEvent> events) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(ingest, CONNECT_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            for (PlayedEvent e : events) {
                out.write(Ndjson.line(e));
            }
            out.flush();
            socket.shutdownOutput();
        }
        return events.size();
    }

    /** One NDJSON line; {@code remote_name} is left out when the hub has no name. */
    static byte[] line(CallEvent e) {
        return Ndjson.line(e.played());
    }
}
