package com.ooma.telo.agent.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.redact.text.LogRedactor;
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
    void redactRendered_keepsLineEndsAndRedactsEveryLine() {
        String rendered = "call to 650-555-0100 failed\r\n\tat x.Y(Y.java:1)\ncaused by 10.1.2.3\n";

        String out = RedactingWriter.redactRendered(LogRedactor.standard(), rendered);

        assertThat(out).isEqualTo("call to <PHONE> failed\r\n\tat x.Y(Y.java:1)\ncaused by <IP>\n");
    }
}
