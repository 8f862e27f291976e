package com.ooma.telo.simulator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.simulator.hub.AgentProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Reads a child agent's counters from its {@code /status}; waits on real I/O, so it polls with a bound. */
final class StatusPoll {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MS = 20;

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI uri;

    StatusPoll(AgentProcess agent) {
        this.uri = URI.create("http://127.0.0.1:" + agent.statusAddress().getPort() + "/status");
    }

    /** The counters, with {@code ingest.accepted} and {@code ingest.malformed} among them. */
    Map<String, Long> counters() throws IOException, InterruptedException {
        JsonNode s = JSON.readTree(http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        Map<String, Long> m = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("counters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), e.getValue().asLong());
        }
        m.put("ingest.accepted", s.path("events_accepted").asLong());
        m.put("ingest.malformed", s.path("events_malformed").asLong());
        return m;
    }

    long counter(String name) throws IOException, InterruptedException {
        return counters().getOrDefault(name, 0L);
    }

    /** Lines the agent has taken in so far, parsed or malformed. */
    long lines() throws IOException, InterruptedException {
        Map<String, Long> c = counters();
        return c.get("ingest.accepted") + c.get("ingest.malformed");
    }

    Map<String, Long> until(Predicate<Map<String, Long>> done, Duration max) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        Map<String, Long> c = counters();
        while (!done.test(c)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the agent did not get there within " + max + ": " + c);
            }
            Thread.sleep(POLL_MS);
            c = counters();
        }
        return c;
    }
}
