package com.ooma.telo.agent.log;

import com.ooma.telo.agent.redact.text.LogRedactor;
import com.ooma.telo.agent.redact.text.RedactedLine;
import com.ooma.telo.agent.state.PrivateFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.tinylog.core.LogEntry;
import org.tinylog.writers.AbstractFormatPatternWriter;

/**
 * The only tinylog writer the agent uses ({@code writer = redacting}): renders each entry with the configured
 * format, then passes every rendered line (message, thread name, exception text and stack trace alike) through the
 * free-text redactor before a byte reaches stderr or the log file. Output is UTF-8 whatever the platform locale.
 * Properties: {@code file} (absent: stderr; created mode 0600, appended to), {@code format}, plus tinylog's usual
 * {@code level}.
 */
public final class RedactingWriter extends AbstractFormatPatternWriter {
    private final LogRedactor redactor = LogRedactor.standard();
    private final OutputStream file;

    public RedactingWriter(Map<String, String> properties) throws IOException {
        super(properties);
        String path = properties.get("file");
        this.file = path == null || path.isBlank() ? null : new BufferedOutputStream(Channels.newOutputStream(
                PrivateFiles.open(Path.of(path), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)), 8192);
    }

    @Override
    public void write(LogEntry logEntry) throws IOException {
        byte[] bytes = redactRendered(redactor, render(logEntry)).getBytes(StandardCharsets.UTF_8);
        if (file == null) {
            synchronized (RedactingWriter.class) {
                System.err.write(bytes, 0, bytes.length); // looked up per entry so tests can swap stderr
                System.err.flush();
            }
        } else {
            synchronized (file) {
                file.write(bytes);
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

    @Override
    public void flush() throws IOException {
        if (file != null) {
            synchronized (file) {
                file.flush();
            }
        }
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
