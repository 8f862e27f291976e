package com.ooma.telo.agent.redact.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Redactor throughput on one core: one operation redacts every line of the public corpus once. MB/s = ops/s x the
 * corpus's UTF-8 size, which setup prints (docs/performance.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class LogRedactorBenchmark {
    /** Relative to agent/, where {@code exec:exec@jmh} runs JMH; -p corpus=FILE scores another labelled file. */
    @Param("src/test/resources/redact/public/pii-telephony-public.jsonl")
    public String corpus;

    private String[] lines;
    private LogRedactor redactor;

    @Setup
    public void load() throws IOException {
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (String raw : Files.readAllLines(Path.of(corpus), StandardCharsets.UTF_8)) {
            String text = textField(raw);
            texts.add(text);
            bytes += text.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        lines = texts.toArray(new String[0]);
        redactor = LogRedactor.standard();
        System.out.printf("%n[corpus] %d lines, %d bytes of text (LF included) per operation%n", lines.length, bytes);
    }

    /** The "text" value of one JSONL record, unescaped (enough JSON for this file: no external parser needed). */
    static String textField(String raw) {
        int k = raw.indexOf("\"text\"");
        int i = raw.indexOf('"', raw.indexOf(':', k) + 1) + 1;
        StringBuilder sb = new StringBuilder();
        while (raw.charAt(i) != '"') {
            char c = raw.charAt(i++);
            if (c == '\\') {
                char e = raw.charAt(i++);
                switch (e) {
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(raw.substring(i, i + 4), 16));
                        i += 4;
                    }
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Benchmark
    public void redactCorpus(Blackhole bh) {
        for (String line : lines) {
            bh.consume(redactor.redact(line));
        }
    }
}
