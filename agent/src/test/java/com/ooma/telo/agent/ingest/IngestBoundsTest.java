package com.ooma.telo.agent.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ingest socket under hostile local clients, over real loopback sockets: many connections holding unfinished
 * lines, more connections than the bound, a silent connection, a slowloris. What a hub would notice: a writer of
 * whole lines keeps getting its events in; the agent's own counters say the bounds held. Waits are bounded polls on
 * counters, never assertions on how fast.
 */
class IngestBoundsTest {
    private static final Duration LONG = Duration.ofMinutes(5);
    private static final byte[] BOOT = "{\"type\":\"system.boot\",\"ts\":1}\n".getBytes(StandardCharsets.UTF_8);

    private final IngestStats stats = new IngestStats();
    private final AtomicLong delivered = new AtomicLong();
    private final List<Socket> sockets = new ArrayList<>();
    private IngestServer server;

    private void start(IngestLimits limits) throws InterruptedException {
        EventSink sink = e -> {
            delivered.incrementAndGet();
            return true;
        };
        server = IngestServer.start("127.0.0.1", 0, sink, stats, FieldPolicy.NONE, limits);
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

    /** Writes; a connection the agent already closed may refuse the bytes, which is fine here. */
    private static void send(Socket s, byte[] bytes) {
        try {
            s.getOutputStream().write(bytes);
            s.getOutputStream().flush();
        } catch (IOException closedByTheAgent) {
            // evicted or refused: what the test checks is the agent's side
        }
    }

    private static byte[] unfinished(int length) {
        String head = "{\"type\":\"system.boot\",\"ts\":1,\"pad\":\"";
        return (head + "x".repeat(length - head.length())).getBytes(StandardCharsets.UTF_8);
    }

    private long counter(String name) {
        Map<String, Long> m = new TreeMap<>();
        stats.copyInto(m);
        assertThat(m).containsKey(name);
        return m.get(name);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for: " + what).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** True once the agent has closed this connection: end of stream, or a reset for bytes it never read. */
    private static boolean closedByAgent(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        try {
            return in.read() == -1;
        } catch (SocketException reset) {
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        }
    }

    @Test
    void twoHundredUnfinishedLines_stayWithinTheByteBound_andAWholeLineWriterKeepsBeingServed() throws Exception {
        long bound = 1 << 20;
        start(new IngestLimits(256, bound, LONG, LONG));
        Socket hub = connect();
        send(hub, BOOT);
        await("the hub's first event", () -> stats.accepted() == 1);

        long maxSeen = 0;
        List<Socket> flood = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Socket s = connect();
            flood.add(s);
            send(s, unfinished(15_000));
            maxSeen = Math.max(maxSeen, counter("ingest.partial_bytes_held"));
        }
        // 3,000,000 bytes sent; at most 69 lines of 15,000 fit in 1 MiB, so at least 131 connections must go
        await("evictions down to the bound", () -> counter("ingest.evicted") >= 131);
        for (int i = 0; i < 10; i++) {
            send(hub, BOOT);
        }
        await("the hub's next ten events", () -> stats.accepted() == 11);

        assertThat(maxSeen).isLessThanOrEqualTo(bound);
        assertThat(counter("ingest.partial_bytes_held")).isLessThanOrEqualTo(bound);
        assertThat(counter("ingest.partial_bytes_peak")).as("never above the bound").isLessThanOrEqualTo(bound);
        assertThat(counter("ingest.partial_bytes_peak")).isGreaterThan(bound - 15_000);
        assertThat(closedByAgent(flood.get(0))).as("the oldest unfinished line went first").isTrue();
        assertThat(delivered.get()).isEqualTo(11);
        assertThat(stats.total(IngestStats.Outcome.TRUNCATED)).as("evicted lines are dropped, not parsed")
                .isZero();
    }

    @Test
    void pastTheConnectionBound_unfinishedLinesAreEvicted_andWhenAllAreWholeTheNewcomerIsRefused()
            throws Exception {
        int max = IngestLimits.DEFAULTS.maxConnections();
        start(new IngestLimits(max, IngestLimits.DEFAULTS.maxPartialBytes(), LONG, LONG));
        Socket hub = connect();
        send(hub, BOOT);
        await("the hub's first event", () -> stats.accepted() == 1);

        for (int k = 1; k <= 100; k++) {
            send(connect(), unfinished(1_000));
            long admitted = 1 + k;
            long held = Math.min(k, max - 1) * 1_000L;
            await("connection " + k + " admitted and read", () -> stats.connections() == admitted
                    && counter("ingest.partial_bytes_held") == held);
            assertThat(counter("ingest.connections_open")).isLessThanOrEqualTo(max);
        }
        assertThat(counter("ingest.evicted")).isEqualTo(100 - (max - 1));
        assertThat(counter("ingest.connections_refused")).isZero();

        for (Socket s : sockets.subList(1, sockets.size())) {
            s.close();
        }
        await("only the hub left", () -> counter("ingest.connections_open") == 1);
        for (int k = 1; k < max; k++) {
            connect(); // quiet, at a line boundary: not evictable
        }
        await("every slot taken", () -> counter("ingest.connections_open") == max);
        Socket late = connect();
        await("the newcomer refused", () -> counter("ingest.connections_refused") == 1);
        assertThat(closedByAgent(late)).isTrue();

        send(hub, BOOT);
        await("the hub still served", () -> stats.accepted() == 2);
        assertThat(counter("ingest.connections_open")).isEqualTo(max);
    }

    @Test
    void aSilentConnection_isClosedAfterTheIdleTimeout() throws Exception {
        start(new IngestLimits(32, 1 << 20, Duration.ofMillis(300), LONG));
        Socket silent = connect();

        assertThat(closedByAgent(silent)).isTrue();
        await("counted", () -> counter("ingest.idle_closed") == 1);
        await("its slot given back", () -> counter("ingest.connections_open") == 0); // after the close completes
    }

    @Test
    void aSlowlorisLine_isClosedAfterThePartialLineTimeout_whileAWholeLineWriterIsNot() throws Exception {
        start(new IngestLimits(32, 1 << 20, LONG, Duration.ofMillis(300)));
        Socket hub = connect();
        Socket slow = connect();
        send(slow, "{\"type\":\"system.boot\"".getBytes(StandardCharsets.UTF_8));
        int lines = 0;
        while (counter("ingest.stalled_closed") == 0 && lines < 10_000) {
            send(slow, new byte[] {' '}); // bytes keep coming; the line never ends
            send(hub, BOOT);
            lines++;
            Thread.sleep(20);
        }
        assertThat(counter("ingest.stalled_closed")).isEqualTo(1);
        assertThat(closedByAgent(slow)).isTrue();

        send(hub, BOOT);
        int expected = lines + 1;
        await("every line of the hub", () -> stats.accepted() == expected);
        await("only the hub left", () -> counter("ingest.connections_open") == 1);
    }
}
