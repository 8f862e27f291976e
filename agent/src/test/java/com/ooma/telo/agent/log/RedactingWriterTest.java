package com.ooma.telo.agent.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.redact.text.LogRedactor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinylog.Level;
import org.tinylog.core.LogEntry;

/** The redacting tinylog writer: what reaches the file has been through the redactor, exception text included. */
class RedactingWriterTest {
    @TempDir
    Path dir;

    private static LogEntry entry(String message, Throwable exception) {
        return new LogEntry(null, Thread.currentThread(), Map.of(), "com.example.Sip", "onInvite", "Sip.java", 42,
                null, Level.WARN, message, exception);
    }

    @Test
    void write_redactsMessageAndExceptionText_beforeTheFile() throws Exception {
        Path log = dir.resolve("agent.log");
        RedactingWriter writer = new RedactingWriter(Map.of("file", log.toString(), "format", "{level} {message}"));

        writer.write(entry("INVITE from \"Ana Lima\" <sip:+14155550123@sbc.example> failed",
                new IllegalStateException("bad peer 203.0.113.7 for ana@example.org")));
        writer.write(entry("uptime=4774780 fw=3.9.7.1 Zürich", null));
        writer.close();

        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("Ana Lima", "4155550123", "203.0.113.7", "ana@example.org")
                .contains("<NAME>", "<SIP_URI>", "<IP>", "<EMAIL>", "IllegalStateException")
                .contains("WARN uptime=4774780 fw=3.9.7.1 Zürich\n");
    }

    @Test
    void write_isInTheFileBeforeAnyFlushOrClose_redacted() throws Exception {
        Path log = dir.resolve("agent.log");
        RedactingWriter writer = new RedactingWriter(Map.of("file", log.toString(), "format", "{level} {message}"));

        writer.write(entry("call from +1 415 555 0142 dropped", null));

        assertThat(Files.readString(log, StandardCharsets.UTF_8)).isEqualTo("WARN call from <PHONE> dropped\n");
        writer.close();
    }

    @Test
    void write_rotatesAtMaxBytes_keepingFiles_eachRedacted() throws Exception {
        Path log = dir.resolve("agent.log");
        RedactingWriter writer = new RedactingWriter(Map.of("file", log.toString(), "format", "{message}",
                "max_bytes", "1000", "files", "2"));
        for (int i = 0; i < 200; i++) {
            writer.write(entry("entry " + i + " from 650-555-0177", null));
        }
        writer.close();

        assertThat(Files.size(log)).isLessThanOrEqualTo(1_000);
        assertThat(Files.size(dir.resolve("agent.log.1"))).isLessThanOrEqualTo(1_000).isGreaterThan(900);
        assertThat(dir.resolve("agent.log.2")).doesNotExist();
        String both = Files.readString(dir.resolve("agent.log.1")) + Files.readString(log);
        assertThat(both).contains("entry 199 from <PHONE>\n").doesNotContain("555-0177", "entry 0 ");
    }

    @Test
    void aFailedFileWrite_isNotThrown_andStderrSaysSoWithoutTheEntry() throws Exception {
        Path log = dir.resolve("agent.log");
        RedactingWriter writer = new RedactingWriter(Map.of("file", log.toString(), "format", "{message}",
                "max_bytes", "256", "files", "2"));
        Files.createDirectories(dir.resolve("agent.log.1/blocker")); // rotation cannot replace a full folder
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 50; i++) {
                writer.write(entry("secret " + i + " for 650-555-0177 " + "x".repeat(40), null));
            }
        } finally {
            System.setErr(stderr);
        }
        writer.close();

        String err = captured.toString(StandardCharsets.UTF_8);
        assertThat(err).startsWith("telo-agent: cannot write the log file (DirectoryNotEmptyException); "
                + "1 log entries lost so far\n").doesNotContain("secret", "555");
        assertThat(err.lines().count()).isLessThan(10); // throttled: not one note per lost entry
        assertThat(Files.size(log)).isLessThanOrEqualTo(256); // the bound holds even so
    }

    @Test
    void redactRendered_keepsLineEndsAndRedactsEveryLine() {
        String rendered = "call to 650-555-0100 failed\r\n\tat x.Y(Y.java:1)\ncaused by 10.1.2.3\n";

        String out = RedactingWriter.redactRendered(LogRedactor.standard(), rendered);

        assertThat(out).isEqualTo("call to <PHONE> failed\r\n\tat x.Y(Y.java:1)\ncaused by <IP>\n");
    }
}
