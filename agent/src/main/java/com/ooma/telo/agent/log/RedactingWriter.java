package com.ooma.telo.agent.log;

import com.ooma.telo.agent.redact.text.LogRedactor;
import com.ooma.telo.agent.redact.text.RedactedLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.tinylog.core.LogEntry;
import org.tinylog.writers.AbstractFormatPatternWriter;

/**
 * The only tinylog writer the agent uses ({@code writer = redacting}): renders each entry with the configured
 * format, then passes every rendered line (message, thread name, exception text and stack trace alike) through the
 * free-text redactor before a byte reaches stderr or the log file. Output is UTF-8 whatever the platform locale.
 * Every entry is written and flushed before {@code write} returns (no buffer to lose at {@code kill -9}).
 *
 * <p>Properties: {@code file} (absent: stderr), {@code max_bytes} and {@code files} (the file's size bound and how
 * many files rotation keeps, see {@link RotatingLogFile}; defaults {@value #DEFAULT_MAX_BYTES} and
 * {@value #DEFAULT_FILES}), {@code format}, {@code recent} ({@code false}: this writer does not feed
 * {@link RecentLines}, the in-memory ring of recent lines), plus tinylog's usual {@code level}.
 *
 * <p>A failed file write is not thrown to tinylog, which would report it on stderr with the entry's raw, unredacted
 * message, for every entry. Instead the entry is dropped (disk full, file system read-only) and stderr says so,
 * throttled, without any of its text; the next entry tries the file again.
 */
public final class RedactingWriter extends AbstractFormatPatternWriter {
    public static final long DEFAULT_MAX_BYTES = 1_048_576;
    public static final int DEFAULT_FILES = 3;

    private final LogRedactor redactor = LogRedactor.standard();
    private final RotatingLogFile file;
    private final LogThrottle failures = LogThrottle.perMinute();
    private final boolean recent;
    private long lost;

    public RedactingWriter(Map<String, String> properties) throws IOException {
        super(properties);
        String path = properties.get("file");
        this.file = path == null || path.isBlank() ? null
                : new RotatingLogFile(Path.of(path), number(properties, "max_bytes", DEFAULT_MAX_BYTES),
                        (int) number(properties, "files", DEFAULT_FILES));
        this.recent = !"false".equalsIgnoreCase(properties.getOrDefault("recent", "true").trim());
    }

    private static long number(Map<String, String> properties, String key, long otherwise) {
        String v = properties.get(key);
        return v == null || v.isBlank() ? otherwise : Long.parseLong(v.trim());
    }

    @Override
    public void write(LogEntry logEntry) {
        String redacted = redactRendered(redactor, render(logEntry));
        if (recent) {
            RecentLines.keep(redacted);
        }
        byte[] bytes = redacted.getBytes(StandardCharsets.UTF_8);
        if (file == null) {
            synchronized (RedactingWriter.class) {
                System.err.write(bytes, 0, bytes.length); // looked up per entry so tests can swap stderr
                System.err.flush();
            }
        } else {
            synchronized (file) {
                try {
                    file.write(bytes);
                } catch (IOException | RuntimeException e) {
                    lost++;
                    reportLoss(e);
                }
            }
        }
    }

    private void reportLoss(Exception e) {
        if (failures.admit().isPresent()) {
            byte[] note = ("telo-agent: cannot write the log file (" + e.getClass().getSimpleName() + "); " + lost
                    + " log entries lost so far\n").getBytes(StandardCharsets.UTF_8);
            synchronized (RedactingWriter.class) {
                System.err.write(note, 0, note.length);
                System.err.flush();
            }
        }
    }

    /** Redacts each line of a rendered entry, keeping its line ends; a dropped line is written as {@code <DROPPED>}. */
    static String redactRendered(LogRedactor redactor, String rendered) {
        StringBuilder out = new StringBuilder(rendered.length() + 16);
        int from = 0;
        int n = rendered.length();
        while (from < n) {
            int nl = rendered.indexOf('\n', from);
            int end = nl < 0 ? n : nl;
            int textEnd = end > from && rendered.charAt(end - 1) == '\r' ? end - 1 : end;
            RedactedLine line = redactor.redact(rendered.substring(from, textEnd));
            out.append(line.text()).append(rendered, textEnd, nl < 0 ? n : nl + 1);
            from = nl < 0 ? n : nl + 1;
        }
        return out.toString();
    }

    /** Nothing to do: every entry was written unbuffered. */
    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            synchronized (file) {
                file.close();
            }
        }
    }
}
