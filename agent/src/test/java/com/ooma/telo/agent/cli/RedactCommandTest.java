package com.ooma.telo.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code redact} subcommand run in-process with stdin/stdout/stderr swapped. */
class RedactCommandTest {
    private InputStream savedIn;
    private PrintStream savedOut;
    private PrintStream savedErr;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void swap() {
        savedIn = System.in;
        savedOut = System.out;
        savedErr = System.err;
        // a non-UTF-8 default on the swapped streams, as under a C locale
        System.setOut(new PrintStream(out, true, StandardCharsets.US_ASCII));
        System.setErr(new PrintStream(err, true, StandardCharsets.US_ASCII));
    }

    @AfterEach
    void restore() {
        System.setIn(savedIn);
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private int run(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        String[] full = new String[args.length + 1];
        full[0] = "redact";
        System.arraycopy(args, 0, full, 1, args.length);
        return TeloAgent.newCommandLine().execute(full);
    }

    @Test
    void redact_replacesPersonalItems_keepsNonAsciiBytes_exitsZero() {
        int code = run("incoming call from (408) 555-0142 at PoP Zürich\r\nuptime=4774780 temp=38°C\n");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("incoming call from <PHONE> at PoP Zürich\nuptime=4774780 temp=38°C\n");
    }

    @Test
    void redact_writesOneLineOutPerLineIn_evenForEmptyAndDroppedLines() {
        run("a\n\nmail me: x@y.example\nlast line without newline");

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines).hasSize(5).endsWith("");
        assertThat(lines[1]).isEmpty();
        assertThat(lines[2]).doesNotContain("x@y.example");
        assertThat(lines[3]).isEqualTo("last line without newline");
    }

    @Test
    void redact_keepsALoneCrInsideItsLine_splitsOnlyOnLfAndCrlf() {
        run("a\rb\nc\r\nd\re\rcall 650-555-0142\r\n");

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a\rb\nc\nd\re\rcall <PHONE>\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("redact: lines=3 ");
    }

    @Test
    void redact_reportsCountsByTypeOnStderr() {
        run("from +1 650 555 0100 and bob@example.org\nc=IN IP4 203.0.113.9\nok\n");

        assertThat(err.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo("redact: lines=3 dropped=0 PHONE=1 EMAIL=1 IP=1");
    }

    @Test
    void redact_rejectsBadRegionWithMessageQuotingIt() {
        int code = run("x\n", "--region", "USA");

        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\"USA\"");
    }
}
