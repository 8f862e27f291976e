package com.ooma.telo.agent.redact.text;

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

/**
 * Linear time on adversarial input (issue 8): one line of {@code size} characters made of one trigger repeated
 * ({@code sip:}, {@code sips:}, {@code 0x}) or of many triggers mixed. Before the fix, 1 MiB of {@code sip:} took
 * over three minutes; a linear redactor takes about four times as long for each fourfold size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class AdversarialLineBenchmark {
    /** The repeated unit of each kind; "mixed" strings together the triggers of every scanner. */
    static final String MIXED = "sip:a@sips:0x1 &x\"<tel:m=from call-id=1.1.1.1 a1 %2B name=\"x imei=MAC=<ca:HNO>"
            + "my name is 12 Park Ave PJSIP/C-00000000 ";

    @Param({"sip", "sips", "0x", "mixed"})
    public String kind;

    @Param({"16384", "262144", "1048576"})
    public int size;

    private String line;
    private LogRedactor redactor;

    @Setup
    public void build() {
        line = line(kind, size);
        redactor = LogRedactor.standard();
    }

    static String line(String kind, int size) {
        String unit = switch (kind) {
            case "sip" -> "sip:";
            case "sips" -> "sips:";
            case "0x" -> "0x";
            default -> MIXED;
        };
        StringBuilder sb = new StringBuilder(size + unit.length());
        while (sb.length() < size) {
            sb.append(unit);
        }
        sb.setLength(size);
        return sb.toString();
    }

    @Benchmark
    public RedactedLine redactOneLine() {
        return redactor.redact(line);
    }
}
