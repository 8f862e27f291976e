package com.ooma.telo.simulator.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads the agent's intake counters from its loopback status endpoint. */
final class StatusProbe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI uri;

    StatusProbe(InetSocketAddress status) {
        this.uri = URI.create("http://" + status.getHostString() + ":" + status.getPort() + "/status");
    }

    AgentStatus fetch() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered HTTP " + response.statusCode());
        }
        JsonNode body = JSON.readTree(response.body());
        JsonNode accepted = body.path("events_accepted");
        JsonNode malformed = body.path("events_malformed");
        if (!accepted.canConvertToLong() || !malformed.canConvertToLong()) {
            throw new IOException("GET " + uri + " has no integer events_accepted / events_malformed");
        }
        JsonNode counters = body.path("counters");
        return new AgentStatus(accepted.asLong(), malformed.asLong(), counters.path("spool.pending").asLong(0),
                body.path("broker_connected").asBoolean(false), counters.path("spool.awaiting_receipt").asLong(0));
    }
}
