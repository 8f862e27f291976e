package com.ooma.telo.agent.cli;

import com.ooma.telo.agent.redact.text.LogRedactor;
import com.ooma.telo.agent.redact.text.Placeholder;
import com.ooma.telo.agent.redact.text.RedactedLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code redact} filter (docs/design.md §4): UTF-8 lines in on stdin (LF or CRLF ends one, a lone CR does not), exactly
 * one LF-ended UTF-8 line out per line in,
 * each personal item replaced by its placeholder, counts by type on stderr. The streams are wrapped in UTF-8
 * explicitly because under a C locale Java's defaults would turn "Zürich" into "Z??rich".
 */
@Command(name = "redact", mixinStandardHelpOptions = true,
        description = "Scrub a log before sharing it: reads UTF-8 lines on stdin, writes them redacted to stdout.")
final class RedactCommand implements Callable<Integer> {

    @Option(names = "--region", defaultValue = "US", paramLabel = "CC",
            description = "Region for national phone numbers (ISO 3166 alpha-2), default ${DEFAULT-VALUE}.")
    String region;

    @Override
    public Integer call() throws IOException {
        LogRedactor redactor = LogRedactor.forRegion(region);
        Map<Placeholder, Integer> totals = new EnumMap<>(Placeholder.class);
        long lines = 0;
        long dropped = 0;
        LfLines in = new LfLines(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        for (String line = in.next(); line != null; line = in.next()) { // a lone CR stays inside its line
            RedactedLine r = redactor.redact(line);
            out.write(r.text());
            out.write('\n');
            r.counts().forEach((type, n) -> totals.merge(type, n, Integer::sum));
            lines++;
            dropped += r.dropped() ? 1 : 0;
        }
        out.flush();
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        err.println(summary(totals, lines, dropped));
        return 0;
    }

    /** {@code redact: lines=12 dropped=1 PHONE=3 EMAIL=1}: types in placeholder order, zero counts left out. */
    static String summary(Map<Placeholder, Integer> totals, long lines, long dropped) {
        StringJoiner j = new StringJoiner(" ", "redact: ", "");
        j.add("lines=" + lines).add("dropped=" + dropped);
        totals.forEach((type, n) -> j.add(type.name() + "=" + n));
        return j.toString();
    }
}
