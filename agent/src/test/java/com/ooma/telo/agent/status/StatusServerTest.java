package com.ooma.telo.agent.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The status listener over real sockets, with raw requests where a browser or an attacker would send what curl does
 * not: another {@code Host} (DNS rebinding), a request its decoder rejects, headers that never end.
 */
class StatusServerTest {
    private static final String JSON = "{\"device_id\":\"0123\",\"events_accepted\":7,\"counters\":{}}";

    private final StatusStats stats = new StatusStats();
    private final List<Socket> sockets = new ArrayList<>();
    private StatusServer server;
    private int port;

    private void start(Duration timeout, int maxConnections) throws InterruptedException {
        server = StatusServer.start("127.0.0.1", 0, StatusFixtures.source(JSON, View.LOOPBACK),
                new StatusPolicy(List.of("Hub.LAN", "[fd00::1]"), timeout, maxConnections), stats);
        port = server.localAddress().getPort();
    }

    private void start() throws InterruptedException {
        start(StatusPolicy.REQUEST_TIMEOUT, StatusPolicy.MAX_CONNECTIONS);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private Socket connect() throws IOException {
        InetSocketAddress a = server.localAddress();
        Socket s = new Socket(a.getAddress(), a.getPort());
        s.setSoTimeout(20_000);
        sockets.add(s);
        return s;
    }

    /** Sends raw bytes and reads until the server closes: the whole response, or "" when it closed without one. */
    private String exchange(String request) throws IOException {
        Socket s = connect();
        s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        return readToEnd(s);
    }

    private static String readToEnd(Socket s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = s.getInputStream();
        byte[] buf = new byte[4096];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
            }
        } catch (SocketException reset) {
            // the server closed with our bytes unread: a reset instead of an end of stream
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private String get(String host) throws IOException {
        return exchange("GET /status HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: test\r\n\r\n");
    }

    private static int status(String response) {
        assertThat(response).startsWith("HTTP/1.1 ");
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    private long counter(String name) {
        Map<String, Long> m = new TreeMap<>();
        stats.copyInto(m);
        assertThat(m).containsKey(name);
        return m.get(name);
    }

    @Test
    void allowedHosts_get200WithTheStatusJson() throws Exception {
        start();
        for (String host : List.of("127.0.0.1:" + port, "127.0.0.1", "localhost", "LOCALHOST:" + port,
                "[::1]:" + port, "[0:0:0:0:0:0:0:1]", "hub.lan", "hub.lan:" + port, "[FD00:0::1]:" + port)) {
            String r = get(host);
            assertThat(status(r)).as(host).isEqualTo(200);
            assertThat(body(r)).isEqualTo(JSON + "\n");
            assertThat(r).containsIgnoringCase("content-type: application/json");
        }
        assertThat(counter("status.refused_host")).isZero();
    }

    @Test
    void theJdkClientTheSimulatorUses_getsTheJson() throws Exception {
        start();
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(JSON + "\n");
    }

    @Test
    void anyOtherHost_isRefused421_withoutTheJson() throws Exception {
        start();
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1:" + (port == 1 ? 2 : 1),
                "127.0.0.1.evil.example", "localhost.", "hub.lan.evil.example", "[::2]:" + port, "[::1",
                "127.1:" + port, ":" + port, "")) {
            String r = get(host);
            assertThat(status(r)).as("Host: " + host).isEqualTo(421);
            assertThat(r).doesNotContain("events_accepted");
        }
        assertThat(counter("status.refused_host")).isEqualTo(11);
    }

    @Test
    void requestsTheDecoderRejects_orWithoutOneHost_are400() throws Exception {
        start();
        List<String> bad = List.of(
                "GET /status HTTP/1.1\r\n\r\n",                                             // no Host
                "GET /status HTTP/1.1\r\nHost: localhost\r\nHost: localhost\r\n\r\n",      // two
                "GET /status HTTP/1\r\nHost: localhost\r\n\r\n",                             // version
                "GET /status HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(9000) + "\r\n\r\n",
                "GET /" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",         // line > 4 KiB
                "GET /status HTTP/1.1\r\nHost : localhost\r\n\r\n");                         // space before ':'
        for (String request : bad) {
            String r = exchange(request);
            assertThat(status(r)).as(request.substring(0, 20)).isEqualTo(400);
            assertThat(r).doesNotContain("events_accepted");
        }
        assertThat(counter("status.bad_request")).isEqualTo(bad.size());
    }

    @Test
    void onlyGetAndHeadOnStatus() throws Exception {
        start();
        String post = exchange("POST /status HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}");
        assertThat(status(post)).isEqualTo(405);
        assertThat(post).containsIgnoringCase("allow: GET, HEAD");
        assertThat(status(exchange("POST /status HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n")))
                .as("a body over 8 KiB is never read").isEqualTo(413);
        assertThat(status(exchange("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"))).as("the page").isEqualTo(200);
        assertThat(status(exchange("GET /status/x HTTP/1.1\r\nHost: localhost\r\n\r\n"))).isEqualTo(404);
        assertThat(status(exchange("GET /index.html HTTP/1.1\r\nHost: localhost\r\n\r\n"))).isEqualTo(404);
        assertThat(body(exchange("GET /status?x=1 HTTP/1.1\r\nHost: localhost\r\n\r\n"))).isEqualTo(JSON + "\n");

        String head = exchange("HEAD /status HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(status(head)).isEqualTo(200);
        assertThat(head).containsIgnoringCase("content-length: " + (JSON.length() + 1));
        assertThat(body(head)).isEmpty();
    }

    @Test
    void slowHeaders_areClosedWhenTheRequestTimeRunsOut() throws Exception {
        start(Duration.ofMillis(300), StatusPolicy.MAX_CONNECTIONS);
        Socket slow = connect();
        slow.getOutputStream().write("GET /status HTTP/1.1\r\nHo".getBytes(StandardCharsets.ISO_8859_1));
        Socket trickle = connect();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try {
            while (counter("status.timed_out") < 2 && System.nanoTime() < deadline) {
                trickle.getOutputStream().write('X'); // one header byte at a time, for ever
                Thread.sleep(20);
            }
        } catch (IOException closed) {
            // the server closed it: what the test is waiting for
        }

        assertThat(readToEnd(slow)).as("closed without an answer").isEmpty();
        assertThat(readToEnd(trickle)).isEmpty();
        assertThat(counter("status.timed_out")).isEqualTo(2);
        assertThat(counter("status.bad_request")).as("a timeout is not also a bad request").isZero();
        assertThat(status(get("localhost"))).as("a prompt request is still answered").isEqualTo(200);
    }

    @Test
    void pastTheConnectionBound_newConnectionsAreClosedAtOnce() throws Exception {
        start(Duration.ofMinutes(5), 2);
        Socket a = connect();
        Socket b = connect();
        Socket third = connect();
        assertThat(readToEnd(third)).isEmpty();
        assertThat(counter("status.connections_refused")).isEqualTo(1);

        a.getOutputStream().write("GET /status HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(status(readToEnd(a))).as("the admitted ones are served").isEqualTo(200);
        b.close();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String r = "";
        while (!r.startsWith("HTTP/1.1 200") && System.nanoTime() < deadline) {
            r = get("localhost"); // once the server has seen a and b go, slots are free again
        }
        assertThat(status(r)).isEqualTo(200);
    }

    @Test
    void everyRefusal_isNamedInTheCounters() {
        Map<String, Long> m = new TreeMap<>();
        stats.copyInto(m);
        assertThat(m).containsOnlyKeys("status.bad_request", "status.refused_host", "status.timed_out",
                "status.connections_refused");
    }
}
