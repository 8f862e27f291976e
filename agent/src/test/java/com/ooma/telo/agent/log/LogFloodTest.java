package com.ooma.telo.agent.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.testing.TestAgent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input cannot flood the log (issue 9, item 3): 20,000 ingest connections closed by a reset (SO_LINGER 0)
 * against a running agent, which once wrote 2.6 MB of warnings to the file and as much to stderr, now write a few
 * dozen lines to each. The agent runs in a child JVM ({@link LoggingProbe}) so that its logging is configured from
 * its config keys, as {@code run} does, with the file and stderr both on.
 */
class LogFloodTest {
    private static final int RESETS = 20_000;
    private static final int MAX_LINES = 40;

    @TempDir
    Path dir;

    @Test
    void twentyThousandConnectionResets_writeAFewDozenLines() throws Exception {
        Path log = dir.resolve("agent.log");
        Path stderr = dir.resolve("stderr.txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LoggingProbe.class.getName(), "--agent"));
        cmd.addAll(TestAgent.in(dir).config("tcp://127.0.0.1:1", "log.file=" + log, "log.stderr=true"));
        Process agent = new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(agent.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream in = agent.getOutputStream()) {
            String ready = out.readLine();
            assertThat(ready).as(Files.readString(stderr)).startsWith("ready ");
            int port = Integer.parseInt(ready.substring("ready ".length()));

            InetAddress loopback = InetAddress.getLoopbackAddress();
            for (int i = 0; i < RESETS; i++) {
                try (Socket s = new Socket(loopback, port)) {
                    s.setSoLinger(true, 0); // close() sends RST
                }
            }
            in.write((RESETS + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            String counts = out.readLine();
            assertThat(counts).startsWith("connections=" + RESETS + " ");
            long errors = field(counts, "connection_errors");
            assertThat(errors).as("resets the agent saw as connection errors").isGreaterThan(RESETS / 2);
            assertThat(field(counts, "log_suppressed")).as("status counter log.suppressed")
                    .isGreaterThanOrEqualTo(errors - MAX_LINES);
        }
        assertThat(agent.waitFor(60, TimeUnit.SECONDS)).isTrue();

        List<String> fileLines = Files.readAllLines(log);
        List<String> errLines = Files.readAllLines(stderr);
        assertThat(fileLines).as("the log file").hasSizeLessThanOrEqualTo(MAX_LINES)
                .anyMatch(l -> l.contains("EventHandler: ingest: connection error")
                        && l.matches(".* \\[\\d+ more suppressed]$"));
        assertThat(errLines).as("stderr").hasSizeLessThanOrEqualTo(MAX_LINES)
                .anyMatch(l -> l.contains("ingest: connection error"));
        assertThat(Files.size(log)).isLessThan(8_192);
    }

    /** The number after {@code name=} in a {@code k=v k=v} line. */
    private static long field(String line, String name) {
        for (String kv : line.split(" ")) {
            if (kv.startsWith(name + "=")) {
                return Long.parseLong(kv.substring(name.length() + 1));
            }
        }
        throw new AssertionError("no " + name + " in " + line);
    }
}
