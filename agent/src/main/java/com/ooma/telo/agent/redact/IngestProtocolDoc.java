package com.ooma.telo.agent.redact;

import com.ooma.telo.agent.ingest.IngestLimits;

/**
 * Writes docs/ingest-protocol.md from {@link EventSchemas}, so the published protocol is the schema redaction
 * enforces (IngestProtocolDocTest fails when the committed file differs).
 */
final class IngestProtocolDoc {
    private IngestProtocolDoc() {
    }

    static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("""
                # Ingest protocol

                How the hub's software hands events to the agent (design.md §4, contract). Generated from the event
                schemas (`agent/src/main/java/com/ooma/telo/agent/redact/CallSchemas.java`, `DeviceSchemas.java`,
                `DiagSchemas.java`)
                by `IngestProtocolDoc`; `IngestProtocolDocTest` fails when this file is stale. Regenerate:
                `mvn -pl agent test -Dtest=IngestProtocolDocTest -Dtelo.writeDocs=true`.

                ## Framing

                - TCP on loopback only (default `127.0.0.1:4590`), UTF-8, one JSON object per line, LF-terminated
                  (a CR before the LF is dropped), at most 16 KiB per line, at most 64 fields per object besides
                  `type` and `ts`.
                - Every event has `type` (string, one of the types below) and `ts` (integer, Unix milliseconds,
                  within 64 bits).
                - The `call.` type prefix is reserved for events that calls cause: every count the agent keeps of
                  them (accepted, dropped, redacted) goes only into the daily usage report, never into health.
                  `diag.log` (the hub's own log lines) is counted the same way: SIP and call-control lines are
                  written as calls happen, so how many arrive when is call timing.
                - What a line's fields hold never makes it malformed: an integer beyond 64 bits, a number of any
                  length, an array or object nested to any depth the 16 KiB bound allows are read past and held
                  as unusable (a declared field with such a value is invalid; an undeclared one is dropped).
                - Counters, each also kept for the call events among them as `<name>.calls` when the type was read:
                  `ingest.accepted`; `ingest.malformed` (not a JSON object, no string `type`, no integer `ts`, more
                  than 64 fields, trailing data, invalid UTF-8; skipped, the connection stays up);
                  `ingest.oversize` (over 16 KiB, skipped up to the next LF); `ingest.queue_full` (the agent never
                  pushes back: when it falls behind it drops and counts); `ingest.blank` (empty or whitespace-only
                  lines, no `.calls` share); `ingest.truncated` (the hub closed the connection in the middle of a
                  last line: bytes after the last LF that do not parse; a complete last object without its LF is
                  accepted).
                - Field values are JSON strings, numbers or booleans; `null`, arrays and objects are never read.
                """);
        b.append(connections());
        b.append("""

                ## Deny by default

                Every field below is declared with its class under the privacy policy (Personal, Communications,
                Customer Specific Network Information, Non-Personal; plus linkable Identifiers) and what redaction
                keeps of it. A field that is not declared is dropped unread and counted per event type
                (`redact.fields_dropped.<type>.undeclared`; its name is not recorded). An undeclared event type is
                dropped whole (`redact.events_unknown_type`). A required field that is missing or unusable makes the
                event invalid (`redact.events_invalid.<type>.<field>`); an optional one is skipped and counted
                (`redact.fields_invalid.<type>.<field>`). Communications fields, and every field redaction drops
                (undeclared, declared as dropped, or of an undeclared type), are never kept beyond the parser: it
                skips their values without decoding them once it has read `type`, so send `type` first.

                Expected cadence (the flash budget in docs/metrics.md assumes it): call events as calls happen,
                `sip.register` per REGISTER transaction (hourly, or every 10 minutes behind NAT),
                `system.resources`, `network.rtt` and `dect.link` every 5 minutes, `dect.status` hourly, the rest
                as they happen.
                """);
        for (EventSchema s : EventSchemas.ALL) {
            b.append("\n## `").append(s.type()).append("`\n\n").append(capitalised(s.description())).append(".\n\n")
                    .append("| field | JSON | required | class | kept | why |\n|---|---|---|---|---|---|\n");
            for (FieldRule f : s.fields()) {
                b.append("| `").append(f.name()).append("` | ").append(jsonType(f.treatment())).append(" | ")
                        .append(f.required() ? "yes" : "no").append(" | ").append(policy(f.policy())).append(" | ")
                        .append(f.treatment().describe()).append(" | ").append(f.why()).append(" |\n");
            }
        }
        return b.toString();
    }

    /** The connection policy, with the shipped bounds (IngestLimits.DEFAULTS; config keys in operations.md). */
    private static String connections() {
        IngestLimits d = IngestLimits.DEFAULTS;
        return """

                ## Connections

                A writer may keep one connection open or connect per event; either way, a line is written whole
                (one `write` of the object and its LF). Whatever local processes do, the agent holds a bounded
                amount for them and keeps serving writers of whole lines (policy: `IngestBudget`):

                - At most %d connections at once (`ingest.max_connections`). One more evicts the connection whose
                  unfinished line (bytes received, no LF yet) began longest ago; when every connection is at a line
                  boundary, the new one is closed at once (`ingest.connections_refused`).
                - At most %d KiB of unfinished lines across all connections (`ingest.max_partial_bytes`; each
                  holds at most 16 KiB, a longer line is skipped as it comes). Past it, the connections whose
                  unfinished lines began longest ago are evicted until it holds (`ingest.evicted`).
                - A line must be finished within %s of its first byte (`ingest.partial_line_timeout`), however
                  slowly bytes keep coming, or its connection is closed (`ingest.stalled_closed`).
                - A connection that sends no byte for %s is closed (`ingest.idle_timeout`; `ingest.idle_closed`):
                  a writer that keeps a connection open between rarer events reconnects when the agent has closed
                  it (its socket reads end of stream).
                - When the agent closes a connection, the unfinished line is dropped unparsed (only a close by the
                  writer makes it `ingest.truncated`).
                - Gauges: `ingest.connections_open`, `ingest.partial_bytes_held` (now) and
                  `ingest.partial_bytes_peak` (the most since start), never above their bounds.
                """.formatted(d.maxConnections(), d.maxPartialBytes() / 1024, seconds(d.partialLineTimeout()),
                seconds(d.idleTimeout()));
    }

    private static String seconds(java.time.Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " minutes" : d.toSeconds() + " s";
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String policy(PolicyClass p) {
        return switch (p) {
            case PERSONAL -> "Personal";
            case COMMUNICATIONS -> "Communications";
            case CUSTOMER_NETWORK_INFO -> "CSNI";
            case IDENTIFIER -> "Identifier";
            case NON_PERSONAL -> "Non-Personal";
        };
    }

    private static String jsonType(Treatment t) {
        if (t instanceof Treatment.Measure) {
            return "number";
        }
        if (t instanceof Treatment.DurationSeconds) {
            return "integer (ms)";
        }
        if (t instanceof Treatment.HourBand) {
            return "integer (Unix ms)";
        }
        if (t instanceof Treatment.ResponseClass) {
            return "integer";
        }
        if (t instanceof Treatment.Flag) {
            return "boolean";
        }
        return t instanceof Treatment.Drop ? "any" : "string";
    }
}
