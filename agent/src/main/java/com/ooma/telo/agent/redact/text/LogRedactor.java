package com.ooma.telo.agent.redact.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Removes everything personal from one free-text log line (docs/design.md §2): normalise, mark the harmless, collect
 * every personal item, resolve overlaps, replace each once with its placeholder, then let the residual gate stop any
 * line that still holds a phone-like digit run or an email. Thread-safe and reusable: it holds only immutable tables.
 */
public final class LogRedactor {
    private final NumberScanner numbers;
    private final ResidualGate gate;

    private LogRedactor(String region) {
        this.numbers = new NumberScanner(new PhoneShape(region));
        this.gate = new ResidualGate(numbers);
    }

    /** A redactor that reads national numbers as in the United States. */
    public static LogRedactor standard() {
        return forRegion("US");
    }

    /** A redactor that reads national numbers as in {@code isoRegion} (ISO 3166-1 alpha-2, e.g. "GB"). */
    public static LogRedactor forRegion(String isoRegion) {
        if (isoRegion == null || !isoRegion.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("Invalid region \"" + isoRegion + "\": expected two letters");
        }
        return new LogRedactor(isoRegion.toUpperCase(Locale.ROOT));
    }

    public RedactedLine redact(String line) {
        LineScan scan = new LineScan(NormalizedText.of(line));
        HarmlessTokens.mark(scan);
        if (scan.hasColonOrBracket || scan.hasAt) {
            UriScanner.scan(scan); // every URI and display name needs a ':' or a '<', a bare user@host an '@'
        }
        NetworkScanner.scan(scan);
        if (scan.hasAt) {
            EmailScanner.scan(scan);
        }
        KeyedScanner.scan(scan);
        if (scan.digits >= 7) {
            numbers.scan(scan, true); // no number of interest has fewer digits
        }
        if (scan.findings.isEmpty()) {
            // nothing replaced, so re-reading the line would see what this scan saw: only the looser email test
            return scan.hasAt && EmailScanner.anyLeft(scan) ? new RedactedLine(RedactedLine.DROPPED, true, Map.of())
                    : new RedactedLine(line, false, Map.of());
        }
        List<Finding> resolved = Overlaps.resolve(scan.findings);
        Map<Placeholder, Integer> counts = new EnumMap<>(Placeholder.class);
        StringBuilder out = new StringBuilder(line.length());
        int copied = 0;
        for (Finding f : resolved) {
            int from = scan.text.toOriginal(f.start());
            int to = scan.text.toOriginal(f.end());
            out.append(line, copied, from).append(f.type().token());
            copied = to;
            counts.merge(f.type(), 1, Integer::sum);
        }
        out.append(line, copied, line.length());
        String text = out.toString();
        if (gate.holdsPersonal(text)) {
            return new RedactedLine(RedactedLine.DROPPED, true, counts);
        }
        return new RedactedLine(text, false, counts);
    }
}
