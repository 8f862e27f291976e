package com.ooma.telo.simulator.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.simulator.household.CallEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IngestPlayerTest {
    private static final CallEvent NAMED = new CallEvent(1_700_000_120_000L, "0123456789abcdef@hub", "inbound",
            "+16505550111", "ALVAREZ MARIA", "+16505550100", "answered", 1_700_000_000_000L, 110_000L, 200,
            "G722", 2);
    private static final CallEvent UNNAMED = new CallEvent(1_700_000_200_000L, "fedcba9876543210@hub", "outbound",
            "411", null, "+16505550100", "no_answer", 1_700_000_170_000L, 0L, 487, "PCMU", 1);

    @Test
    void play_sendsOneUtf8JsonLinePerEventWithTheContractFields() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> readAll(server));
            int sent = IngestPlayer.play(new InetSocketAddress("127.0.0.1", server.getLocalPort()),
                    List.of(NAMED, UNNAMED));
            List<String> got = lines.get(10, TimeUnit.SECONDS);
            assertThat(sent).isEqualTo(2);
            assertThat(got).hasSize(2);
            ObjectMapper json = new ObjectMapper();
            JsonNode first = json.readTree(got.get(0));
            assertThat(first.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("type", "ts",
                    "call_id", "direction", "remote_number", "remote_name", "local_number", "disposition",
                    "started_at", "duration_ms", "sip_code", "codec", "handset");
            assertThat(first.path("type").asText()).isEqualTo("call.ended");
            assertThat(first.path("ts").asLong()).isEqualTo(1_700_000_120_000L);
            assertThat(first.path("remote_name").asText()).isEqualTo("ALVAREZ MARIA");
            assertThat(first.path("handset").asInt()).isEqualTo(2);
            JsonNode second = json.readTree(got.get(1));
            assertThat(second.has("remote_name")).isFalse();
            assertThat(second.path("remote_number").asText()).isEqualTo("411");
        }
    }

    private static List<String> readAll(ServerSocket server) {
        try (Socket s = server.accept();
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                        StandardCharsets.UTF_8))) {
            return in.lines().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
