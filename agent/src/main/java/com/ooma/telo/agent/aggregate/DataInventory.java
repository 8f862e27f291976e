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

    /** What a report holds besides its metrics: the CBOR map keys of docs/wire-format.md's report CDDL. */
    static final List<String[]> REPORT_METADATA = List.of(
            new String[] {"`v`", "schema version", "the agent release's report format; the same on every hub that "
                    + "runs that release", "backend"},
            new String[] {"`kind`", "`health` or `usage`", "which channel (also visible in the topic)", "backend"},
            new String[] {"`reg`", "SHA-256 of the metric registry", "the agent release, as `v` does", "backend"},
            new String[] {"`boot`", "boot epoch: how many times this agent has started on this hub",
                "restarts and power cuts of this hub, not when calls happen", "backend"},
            new String[] {"`start`, `end`", "the window's bounds, Unix ms",
                "the report schedule (15-minute and daily boundaries), shortened only by a restart or an interval "
                    + "change; never by a call", "backend"},
            new String[] {"`tz`", "the hub's configured time zone (IANA id)",
                "a coarse region (e.g. America/New_York); needed to cut days and hour bands locally", "backend"},
            new String[] {"`dp`", "usage only: the local-DP ε spent on this report, in millionths (0 = off)",
                "whether the customer's hub noises its usage", "backend"},
            new String[] {"`pad`", "usage only: zero bytes that bring the encoding to a fixed size",
                "nothing: its length is whatever the fixed size leaves", "backend"});

    /** What travels outside the sealed payload: readable by anyone on the path, and by the broker. */
    static final List<String[]> OUTSIDE_THE_SEAL = List.of(
            new String[] {"Envelope header: version, type, suite, flags",
                "format constants; flag bit 1 says the hub's clock is not synced", "broker, ISP (without TLS)"},
            new String[] {"Envelope header: device id (random 128 bits, provisioned)",
                "which hub sent it: a pseudonymous id, linkable over time, never a serial, MAC or number",
                "broker, ISP (without TLS)"},
            new String[] {"Envelope header: sender and recipient key ids",
                "which device key and backend key are in use (rotations)", "broker, ISP (without TLS)"},
            new String[] {"Envelope header: seq", "how many messages this device key has sealed so far",
                "broker, ISP (without TLS)"},
            new String[] {"Envelope header: timestamp (ms at sealing)",
                "when each report was sealed: window ends plus jitter, never a call time",
                "broker, ISP (without TLS)"},
            new String[] {"Topic `telo/v1/<device id>/<channel>`",
                "device id and channel (`health`, `usage`, `state` for acknowledgements, the birth and the will, "
                    + "`cmd`, `diag`; `receipt`, to the device, subscribed with `publish.ack=receipt`)",
                "broker, ISP (without TLS)"},
            new String[] {"MQTT client id", "the device id again", "broker, ISP (without TLS)"},
            new String[] {"TLS client certificate (`publish.tls.cert`)",
                "the device id (its CN) and the vendor CA: the broker's per-device ACL needs it",
                "broker; under TLS 1.3 (the default) encrypted in the handshake; under TLS 1.2, allowed only with "
                    + "`publish.tls.allow_tls12=true`, also the ISP, in the clear"},
            new String[] {"MQTT user name (`publish.username`)", "whatever the operator set; never a password "
                    + "(read from `publish.password_file`, never logged)", "broker"},
            new String[] {"Message sizes", "health: depends only on device, network and agent figures; usage: "
                    + "fixed (padded); acknowledgements: fixed per verb", "broker, ISP (even with TLS)"},
            new String[] {"Message times", "health every 15 minutes on the clock; usage once a day at a random "
                    + "time in the jitter window; acknowledgements when a command arrives; the birth (agent version, boot "
                    + "epoch, spool depth, sealed) at each connect; with `publish.ack=receipt`, a report not covered by "
                    + "a receipt is sent again `publish.receipt_timeout` after its PUBACK and at each reconnect, at "
                    + "the drain rate (times that depend on the collector and the link, never on calls)",
                "broker, ISP (even with TLS)"},
            new String[] {"Receipts (topic `receipt`, collector to device, sealed to the device, signed by the "
                    + "backend command key)",
                "which seqs of which device key the backend has stored, when (about a second after each report "
                    + "arrives): the broker learns when the backend stored what it already saw pass; nothing the "
                    + "device reports", "broker, ISP (without TLS)"},
            new String[] {"The hub's public IP address and connection times",
                "where the home's broadband is and when the hub is online (power, WAN outages)",
                "broker, ISP (the broker sees the IP whatever the transport)"});

    /**
     * Outputs besides reports: the status listener's answers and the diagnostics bundle, what each reveals and to
     * whom (field-diagnostics.md). Bound to the LAN, the listener shows nothing calls cause.
     */
    static final List<String[]> LOCAL_AND_DIAGNOSTICS = List.of(
            new String[] {"Status page `/` (loopback, the default)",
                "health, version, uptime, consent, today's counts, the last health report decoded, the last error "
                    + "class, a chart of device events per hour; at consent `full` also call counts and the last "
                    + "usage report decoded", "software and people logged in to the hub"},
            new String[] {"Status page `/` bound to the LAN (`status.host`)",
                "the same without anything calls cause: device-share counters only, no call counts, no usage "
                    + "report, no hub log counts", "anyone on the home network whose `Host` is allowed"},
            new String[] {"`/status` (JSON), `/metrics` (Prometheus text)",
                "the counters of the page's view (each metric's HELP line names its cause); call-caused ones "
                    + "only on loopback at consent `full`", "as the page in that binding"},
            new String[] {"`/healthz`", "`ok`, or one word (`pipeline`, `broker`, `spool`)",
                "as the page in that binding"},
            new String[] {"Hub log ring (`diag.log` lines), agent log ring",
                "recent log lines after the free-text redactor, clock times cut to the minute; memory only, "
                    + "bounded, purged at consent `off`", "nobody: they leave only inside a bundle"},
            new String[] {"Spool and window checkpoint on flash (`spool.dir/spool.seg`, `state.dir/windows.ckpt`)",
                "sealed reports, readable by the backend only (the checkpoint holds the one report on its way into "
                    + "the spool); the open windows' counters by window, call counts among them at consent `full`; "
                    + "never an event, a number, a name or a pseudonym key; purged at a lower consent",
                "the agent's service user and root on the hub (mode 0600)"},
            new String[] {"Diagnostics bundle (channel `diag`, sealed, zlib, at most 262,144 bytes inflated)",
                "recent redacted agent and hub log lines (SIP and call lines among them, to the minute), the last "
                    + "health report, every counter (call counts included), the configuration with key files as "
                    + "fingerprints and secrets as set/unset, versions. Only at consent `full`, only on a signed "
                    + "`diag_bundle` command, at most one per 10 minutes", "backend (support engineers)"});

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
                .append("nothing but command acknowledgements.\n\n")
                .append("**Call timing is a calling record.** A figure whose samples calls cause (its `cause` in ")
                .append("the registry is `calls`) is a CSNI aggregate however harmless its value, because when it ")
                .append("has samples tells when calls happen: it is never sent at `essential`, and at `full` it ")
                .append("travels only in the daily, padded usage report. The registry refuses to declare such a ")
                .append("metric on the health channel, and while a `call.*` event is being recorded no health ")
                .append("metric can take a sample. Health reports therefore depend only on the device, its ")
                .append("network and the agent: two homes with the same hub state and different calls send ")
                .append("health reports with the same content and the same sizes. The agent's own intake ")
                .append("counters are split the same way (`agent.call_*` on usage). Two kinds of line cannot be ")
                .append("told apart by cause and so count on health: lines over 16 KiB (never parsed) and lines ")
                .append("whose `type` cannot be read. A hub's well-formed call events never count there.\n\n")
                .append("The shipped usage interval is one day (`report.usage.interval=P1D`); a test rig may ")
                .append("shorten it, which the backend sees in `start`/`end`.\n");
        for (Channel c : Channel.values()) {
            b.append("\n## ").append(c == Channel.HEALTH
                    ? "Health channel: Non-Personal, caused by the device, network and agent only, every 15 "
                        + "minutes by default\n"
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
        b.append("\n## What a report carries besides metrics (sealed: backend only)\n\n")
                .append("| key | what | what it reveals | who can read it |\n|---|---|---|---|\n");
        REPORT_METADATA.forEach(r -> b.append("| ").append(String.join(" | ", r)).append(" |\n"));
        b.append("\n## What travels outside the seal\n\n")
                .append("TLS to the broker hides everything but sizes, times and the IP from the ISP; the broker ")
                .append("operator sees all of this table whatever the transport.\n\n")
                .append("| what | what it reveals | who sees it |\n|---|---|---|\n");
        OUTSIDE_THE_SEAL.forEach(r -> b.append("| ").append(String.join(" | ", r)).append(" |\n"));
        b.append("\n## Local outputs and diagnostics\n\n")
                .append("| output | what it reveals | who can read it |\n|---|---|---|\n");
        LOCAL_AND_DIAGNOSTICS.forEach(r -> b.append("| ").append(String.join(" | ", r)).append(" |\n"));
        b.append("\n## Local differential privacy\n\n")
                .append("Off by default (`privacy.daily_epsilon=0`). Set `privacy.daily_epsilon` to a positive ε ")
                .append("to add two-sided geometric noise, on the hub, to the usage counters marked above, within ")
                .append("that daily budget; a report that would overspend it is sent with those counters ")
                .append("withheld (counted as `agent.metric_drops{reason=budget_refused}`). Distributions and ")
                .append("unnoised counters stay exact. Each usage report states the ε it spent (`dp`).\n");
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
            t += "; daily, in a report padded to a fixed size";
        }
        if (d.epsilon() > 0) {
            t += "; with local DP on: two-sided geometric noise on every label combination, ε = " + d.epsilon()
                    + " per report";
        }
        return t;
    }
}
