package com.ooma.telo.agent.redact.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Scores a redactor on a labelled corpus exactly as the corpus README says: a span leaks if it survives verbatim
 * (case-insensitive) or, with seven or more digits, if its digits appear in the output's digits; a line with no spans
 * must come back byte for byte; every keep token must survive.
 */
final class CorpusScore {
    final Map<String, int[]> byType = new TreeMap<>(); // type -> {items, caught}
    int harmless;
    int harmlessUnchanged;
    int keepTokens;
    int keepSurvived;
    final List<String> failures = new ArrayList<>();

    static CorpusScore of(List<LabelledCorpus.Line> lines, UnaryOperator<String> redact) {
        CorpusScore score = new CorpusScore();
        for (LabelledCorpus.Line line : lines) {
            String out = redact.apply(line.text());
            if (line.pii().isEmpty()) {
                score.harmless++;
                if (out.equals(line.text())) {
                    score.harmlessUnchanged++;
                } else {
                    score.failures.add("changed " + line.id() + ": " + line.text() + "  =>  " + out);
                }
            }
            for (LabelledCorpus.Item item : line.pii()) {
                int[] t = score.byType.computeIfAbsent(item.type(), k -> new int[2]);
                t[0]++;
                if (leaks(item.span(), out)) {
                    score.failures.add("leak " + item.type() + " " + line.id() + ": " + line.text() + "  =>  " + out);
                } else {
                    t[1]++;
                }
            }
            for (String keep : line.keep()) {
                score.keepTokens++;
                if (out.contains(keep)) {
                    score.keepSurvived++;
                } else {
                    score.failures.add("lost keep '" + keep + "' " + line.id() + ": " + line.text() + "  =>  " + out);
                }
            }
        }
        return score;
    }

    static boolean leaks(String span, String out) {
        if (out.toLowerCase(Locale.ROOT).contains(span.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String spanDigits = digits(span);
        return spanDigits.length() >= 7 && digits(out).contains(spanDigits);
    }

    static String digits(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            }
        });
        return sb.toString();
    }

    int items() {
        return byType.values().stream().mapToInt(t -> t[0]).sum();
    }

    int caught() {
        return byType.values().stream().mapToInt(t -> t[1]).sum();
    }

    /** A Markdown table row per type plus totals, for docs/redaction.md. */
    String table(String set) {
        StringBuilder sb = new StringBuilder();
        byType.forEach((type, t) -> sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.2f %% |%n",
                set, type, t[0], t[1], 100.0 * t[1] / t[0])));
        sb.append(String.format(Locale.ROOT, "| %s | all personal items | %d | %d | %.2f %% |%n", set, items(), caught(),
                100.0 * caught() / Math.max(1, items())));
        sb.append(String.format(Locale.ROOT, "| %s | harmless lines unchanged | %d | %d | %.2f %% |%n", set, harmless,
                harmlessUnchanged, 100.0 * harmlessUnchanged / Math.max(1, harmless)));
        sb.append(String.format(Locale.ROOT, "| %s | keep tokens kept | %d | %d | %.2f %% |%n", set, keepTokens,
                keepSurvived, 100.0 * keepSurvived / Math.max(1, keepTokens)));
        return sb.toString();
    }
}
