package com.ooma.telo.agent.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.agent.testing.ChildAgent;
import com.ooma.telo.agent.testing.TestAgent;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9.2 reproduced against the agent as a hub runs it (32 MiB heap, exit on out of memory): 2,000 local
 * connections each holding 16,000 bytes without a newline. Before the ingest bounds this gave "connection error
 * OutOfMemoryError" and stopped good events from every other connection. Now the agent keeps serving a well-behaved
 * writer, and the bytes it holds for unfinished lines never pass their bound.
 */
class IngestFloodIT {
    @TempDir
    Path dir;

    @Test
    void twoThousandUnfinishedLines_cannotStopAWriterOfWholeLines() throws Exception {
        TestAgent keys = TestAgent.in(dir);
        List<String> sets = new ArrayList<>(keys.config("tcp://127.0.0.1:1", "status.port=0"));
        try (ChildAgent agent = ChildAgent.start(dir, sets)) {
            byte[] partial = new byte[16_000];
            Arrays.fill(partial, (byte) 'a');
            partial[0] = '{';
            List<Socket> attackers = new ArrayList<>();
            long goodSent = 0;
            try (Socket good = new Socket(agent.ingestHost(), agent.ingestPort());
                 OutputStream out = good.getOutputStream()) {
                for (int i = 0; i < 2_000; i++) {
                    try {
                        Socket s = new Socket(agent.ingestHost(), agent.ingestPort());
                        attackers.add(s);
                        s.getOutputStream().write(partial);
                    } catch (java.io.IOException refusedOrEvicted) {
                        // the agent closed it: that is the bound at work
                    }
                    if (i % 100 == 0) {
                        out.write("{\"type\":\"system.resources\",\"ts\":1,\"cpu_pct\":5}\n"
                                .getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        goodSent++;
                    }
                }
                long expected = goodSent;
                agent.awaitCounter("ingest.accepted", expected, Duration.ofSeconds(30));
                int opened = attackers.size();
                agent.awaitCounters("every unfinished line beyond the bounds closed", c -> c.path("ingest.evicted")
                        .asLong() + c.path("ingest.connections_refused").asLong()
                        >= opened - IngestLimits.DEFAULTS.maxConnections(), Duration.ofSeconds(30));
            } finally {
                for (Socket s : attackers) {
                    s.close();
                }
            }
            JsonNode c = agent.counters();
            assertThat(c.path("ingest.evicted").asLong() + c.path("ingest.connections_refused").asLong())
                    .as("connections the bounds closed").isGreaterThan(1_000); // of 2,000 opened
            assertThat(c.path("ingest.partial_bytes_peak").asLong()).as("bytes held for unfinished lines")
                    .isLessThanOrEqualTo(IngestLimits.DEFAULTS.maxPartialBytes());
            assertThat(agent.isAlive()).isTrue();
        }
        assertThat(Files.readString(dir.resolve("stderr.txt"))).doesNotContain("OutOfMemoryError");
    }
}
