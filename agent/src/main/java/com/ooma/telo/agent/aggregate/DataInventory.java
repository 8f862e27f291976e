package com.ooma.telo.agent.aggregate;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes docs/data-inventory.md from the registry, so the inventory a privacy officer signs is the code that runs
 * (DataInventoryTest fails when the committed file differs).
 */
final class DataInventory {
    /** What the agent never collects, and why; the ingest schema has no place that keeps any of it. */
    static final List<String[]> NEVER = List.of(
            new String[] {"Call audio, recordings, voicemail, transcripts",
                "Communications content: the schema drops these fields unread"},
            new String[] {"DTMF digits typed during a call", "card numbers and PINs are typed into IVRs"},
            new String[] {"Telephone numbers, in any form (digits, hashes, country)",
                "Personal; an unkeyed hash is reversible (10^10 numbers). Only the destination class is kept; "
                    + "repeat callers are recognised with an in-memory HMAC key rotated daily, never written, "
                    + "and only counts leave"},
            new String[] {"Names, caller-ID names, SIP URIs, identity headers",
                "Personal; only presence / anonymity is kept"},
            new String[] {"IP addresses", "Personal; only the class (public, private, CGNAT…) and family are kept"},
            new String[] {"MAC addresses, DECT IPEIs, serial numbers, SIP Call-IDs and tags",
                "Personal or linkable identifiers; dropped"},
            new String[] {"Per-call records: exact start times, exact durations, any single call",
                "Calling records (CSNI) leave only as daily aggregates: hour bands, duration buckets, counts; a "
                    + "distribution's sum is withheld under 5 samples"},
            new String[] {"Configuration values (911 address, forwarding number, emails)",
                "Personal; only which setting changed is counted"},
            new String[] {"Event fields and event types the schema does not declare",
                "Deny by default: dropped and counted, their names not recorded"});

    private DataInventory() {
    }

    static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Data inventory\n\n")
                .append("Generated from the metric registry (`agent/src/main/java/com/ooma/telo/agent/aggregate/")
                .append("Metric.java`) by `DataInventory`;\n`DataInventoryTest` fails when this file is stale. ")
                .append("Regenerate: `mvn -pl agent test -Dtest=DataInventoryTest -Dtelo.writeDocs=true`.\n\n")
                .append("Registry hash (SHA-256, carried in every report as `reg`): `")
                .append(HexFormat.of().formatHex(MetricRegistry.hash())).append("`\n\n")
                .append("Every report is sealed end to end to the vendor's backend (HPKE) and signed by the device ")
                .append("(Ed25519): no third party, the broker operator included, can read it.\n")
                .append("Consent `essential` sends the health channel only; `full` adds usage; `off` sends ")
                .append("nothing but command acknowledgements.\n");
        for (Channel c : Channel.values()) {
            b.append("\n## ").append(c == Channel.HEALTH
                    ? "Health channel: Non-Personal, every 15 minutes by default\n"
                    : "Usage channel: aggregates of calling records (CSNI), daily at a jittered time\n");
            b.append("\n| metric | type | unit | labels (closed sets) | class | treatment | from | why |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            for (Metric m : MetricRegistry.of(c)) {
                MetricDef d = m.def();
                b.append("| `").append(d.name()).append("` | ").append(d.type().label()).append(" | ")
                        .append(d.unit().isEmpty() ? "–" : d.unit()).append(" | ").append(labels(d)).append(" | ")
                        .append(d.metricClass().title()).append(" | ").append(treatment(d)).append(" | ")
                        .append(d.source()).append(" | ").append(d.why()).append(" |\n");
            }
        }
        b.append("\n## Never collected\n\n| what | why |\n|---|---|\n");
        NEVER.forEach(n -> b.append("| ").append(n[0]).append(" | ").append(n[1]).append(" |\n"));
        return b.toString();
    }

    private static String labels(MetricDef d) {
        if (d.labels().isEmpty()) {
            return "–";
        }
        return d.labels().stream().map(l -> l.values().size() > 8
                ? "`" + l.name() + "`: " + l.values().size() + " values (" + l.values().get(0) + " … "
                    + l.values().get(l.values().size() - 1) + ")"
                : "`" + l.name() + "`: " + String.join(", ", l.values())).collect(Collectors.joining("; "));
    }

    private static String treatment(MetricDef d) {
        String clamp = d.clamp() == Long.MAX_VALUE || d.clamp() == 1 ? "" : "; clamped to " + d.clamp();
        String t = switch (d.type()) {
            case COUNTER, LABELED_COUNTER -> "count per window, per " + d.privacyUnit() + clamp;
            case DISTRIBUTION -> "bucket counts (upper bounds " + d.bounds() + "); sum withheld under 5 samples"
                    + clamp;
            case QUANTITY -> "samples: n, min, max, last; sum withheld under 5 samples" + clamp;
            case BOOLEAN -> "samples and the last value";
        };
        if (d.channel() == Channel.USAGE) {
            t += "; in a report padded to a fixed size";
        }
        if (d.epsilon() > 0) {
            t += "; with local DP on: two-sided geometric noise on every label combination, ε = " + d.epsilon()
                    + " per report";
        }
        return t;
    }
}
