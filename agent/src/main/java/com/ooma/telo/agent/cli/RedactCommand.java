package com.ooma.telo.agent.cli;

import com.ooma.telo.agent.redact.text.LogRedactor;
import com.ooma.telo.agent.redact.text.Placeholder;
import com.ooma.telo.agent.redact.text.RedactedLine;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code redact} filter (docs/design.md §4): UTF-8 lines in on stdin (LF or CRLF ends one, a lone CR does not), exactly
 * one LF-ended UTF-8 line out per line in,
 * each personal item replaced by its placeholder, counts by type on stderr. The streams are wrapped in UTF-8
 * explicitly because under a C locale Java's defaults would turn "Zürich" into "Z??rich".
 *
 * <p>Lines are redacted in batches (at most {@link #BATCH_LINES} lines or {@link #BATCH_CHARS} characters) on one
 * thread per core, and written in input order: the redactor is thread-safe and a line's output depends on that line
 * alone, so the output is byte for byte what one thread would write (docs/performance.md, "Redactor CLI"). At most
 * two batches per thread are in flight, so memory stays bounded whatever the input's size.
 */
@Command(name = "redact", mixinStandardHelpOptions = true,
        description = "Scrub a log before sharing it: reads UTF-8 lines on stdin, writes them redacted to stdout.")
final class RedactCommand implements Callable<Integer> {
    static final int BATCH_LINES = 512;
    static final int BATCH_CHARS = 256 * 1024;

    @Option(names = "--region", defaultValue = "US", paramLabel = "CC",
            description = "Region for national phone numbers (ISO 3166 alpha-2), default ${DEFAULT-VALUE}.")
    String region;

    @Option(names = "--threads", paramLabel = "N",
            description = "Redacting threads (default: one per core, at most 4).")
    Integer threads;

    /** One batch's redacted lines and what they held. */
    private record Done(List<String> lines, Map<Placeholder, Integer> counts, int dropped) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        LogRedactor redactor = LogRedactor.forRegion(region);
        int workers = threads != null ? Math.max(1, threads)
                : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        Map<Placeholder, Integer> totals = new EnumMap<>(Placeholder.class);
        long lines = 0;
        long dropped = 0;
        LfLines in = new LfLines(new InputStreamReader(stdin(), StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(stdout(), StandardCharsets.UTF_8), 64 * 1024);
        ExecutorService pool = workers > 1 ? Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "telo-redact");
            t.setDaemon(true);
            return t;
        }) : null;
        ArrayDeque<Future<Done>> inFlight = new ArrayDeque<>();
        try {
            for (List<String> batch = nextBatch(in); !batch.isEmpty(); batch = nextBatch(in)) {
                List<String> b = batch;
                if (pool == null) {
                    Done d = redact(redactor, b);
                    lines += write(out, d, totals);
                    dropped += d.dropped();
                    continue;
                }
                inFlight.add(pool.submit(() -> redact(redactor, b)));
                if (inFlight.size() >= 2 * workers) {
                    Done d = take(inFlight.poll());
                    lines += write(out, d, totals);
                    dropped += d.dropped();
                }
            }
            while (!inFlight.isEmpty()) {
                Done d = take(inFlight.poll());
                lines += write(out, d, totals);
                dropped += d.dropped();
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        out.flush();
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        err.println(summary(totals, lines, dropped));
        return 0;
    }

    /**
     * Standard input without {@code System.in}'s extra buffer when it is the process's own (an in-process caller that
     * swapped {@code System.in}, such as a test, keeps its stream).
     */
    private static InputStream stdin() {
        return System.in == STDIN_AT_START ? new FileInputStream(FileDescriptor.in) : System.in;
    }

    /** Standard output without {@code System.out}'s synchronised PrintStream when it is the process's own. */
    private static OutputStream stdout() {
        return System.out == STDOUT_AT_START ? new FileOutputStream(FileDescriptor.out) : System.out;
    }

    private static final InputStream STDIN_AT_START = System.in;
    private static final PrintStream STDOUT_AT_START = System.out;

    private static List<String> nextBatch(LfLines in) throws IOException {
        List<String> batch = new ArrayList<>(BATCH_LINES);
        int chars = 0;
        String line;
        while (batch.size() < BATCH_LINES && chars < BATCH_CHARS && (line = in.next()) != null) { // a lone CR stays
            batch.add(line);
            chars += line.length();
        }
        return batch;
    }

    private static Done redact(LogRedactor redactor, List<String> batch) {
        List<String> text = new ArrayList<>(batch.size());
        Map<Placeholder, Integer> counts = new EnumMap<>(Placeholder.class);
        int dropped = 0;
        for (String line : batch) {
            RedactedLine r = redactor.redact(line);
            text.add(r.text());
            r.counts().forEach((type, n) -> counts.merge(type, n, Integer::sum));
            dropped += r.dropped() ? 1 : 0;
        }
        return new Done(text, counts, dropped);
    }

    private static int write(Writer out, Done d, Map<Placeholder, Integer> totals) throws IOException {
        for (String line : d.lines()) {
            out.write(line);
            out.write('\n');
        }
        d.counts().forEach((type, n) -> totals.merge(type, n, Integer::sum));
        return d.lines().size();
    }

    private static Done take(Future<Done> f) throws InterruptedException, IOException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error er) {
                throw er;
            }
            throw new IOException("redacting failed", cause);
        }
    }

    /** {@code redact: lines=12 dropped=1 PHONE=3 EMAIL=1}: types in placeholder order, zero counts left out. */
    static String summary(Map<Placeholder, Integer> totals, long lines, long dropped) {
        StringJoiner j = new StringJoiner(" ", "redact: ", "");
        j.add("lines=" + lines).add("dropped=" + dropped);
        totals.forEach((type, n) -> j.add(type.name() + "=" + n));
        return j.toString();
    }
}
