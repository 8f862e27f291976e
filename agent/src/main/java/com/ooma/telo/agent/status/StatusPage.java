package com.ooma.telo.agent.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The page at {@code /}: what the agent on this hub does and what it sends, in plain language, for the customer and
 * for a support engineer. Read-only, one self-contained HTML document (inline CSS and SVG, no script, no external
 * asset), built from a {@link StatusSnapshot} already cut to the view: on the LAN it holds nothing calls cause.
 */
final class StatusPage {
    /** Never collected, each with why: shown in every view. */
    static final List<String[]> NEVER = List.of(
            new String[] {"Telephone numbers, caller names and contacts",
                "a number becomes a destination class (for example toll-free or international zone 4) on the hub; "
                    + "the digits and names never leave it"},
            new String[] {"Call audio, voicemail, transcripts and digits pressed during a call",
                "the agent has no field that could hold them: they are never read"},
            new String[] {"Postal and 911 addresses, email addresses, card numbers",
                "log lines have them replaced by placeholders such as <ADDRESS> before anything is kept"},
            new String[] {"IP and MAC addresses",
                "only an address class (public, private, carrier NAT) is kept, never the address"},
            new String[] {"Call identifiers, handset identities and serial numbers",
                "they would let records be linked to each other or to a person; they are dropped"},
            new String[] {"When each call happened",
                "call figures are only added up into one daily report, padded to a fixed size, and only at"
                    + " consent level full"});

    private StatusPage() {}

    static String html(StatusSnapshot s) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Telo telemetry agent</title><style>")
                .append("body{font-family:sans-serif;margin:1.5em;max-width:52em;color:#111;background:#fff}")
                .append("table{border-collapse:collapse}td,th{text-align:left;padding:.2em .8em .2em 0;"
                        + "vertical-align:top}pre{background:#f4f4f4;padding:.6em;overflow:auto;font-size:.85em}")
                .append(".ok{color:#116611}.bad{color:#aa1111}</style></head><body>")
                .append("<h1>Telo telemetry agent</h1>")
                .append("<p>This hub runs a small agent that counts how well the phone service and the hub work, "
                        + "removes everything personal on the hub, and sends sealed reports that only Ooma can "
                        + "open. This page shows what it has counted and sent. It changes nothing.</p>");
        b.append("<h2>Health</h2><p id=\"health\" class=\"").append(s.healthy() ? "ok" : "bad").append("\">")
                .append(s.healthy() ? "Healthy: the agent is running and reports can be delivered."
                        : "Not healthy (" + esc(s.health()) + "): " + esc(healthWhy(s.health())))
                .append("</p><table id=\"facts\">");
        row(b, "Version", s.version());
        row(b, "Running for", human(s.uptime()));
        row(b, "Consent level", s.consent() + ": " + consentWhy(s.consent()));
        row(b, "Connection to Ooma", s.brokerConnected() ? "connected" : "not connected");
        row(b, "Last connection error", s.lastConnectError().orElse("none since start"));
        row(b, "Device", s.deviceId() + " (a random id: not a serial number, MAC or telephone number)");
        b.append("</table>");
        counted(b, s);
        b.append("<h2>Activity</h2><p>Events from the hub's own software (network, handsets, system) per hour, "
                + "the last 24 hours. Calls are never part of this chart.</p>").append(ActivityChart.svg(s.hourly()));
        b.append("<h2>Last health report as sent</h2>");
        report(b, s.lastHealth().orElse(null), "No health report sealed since the agent started.",
                "This is every figure the report held, decoded, before it was sealed.");
        b.append("<h2>Last usage report as sent</h2>");
        if (s.showsCalls()) {
            report(b, s.lastUsage().orElse(null), "No usage report sealed since the agent started.",
                    "The daily report of call counts, decoded, before it was sealed and padded.");
        } else {
            b.append("<p id=\"usage-hidden\">Not shown here: it describes calls. ")
                    .append(s.view() == View.LAN ? "This page can be reached from the home network, where "
                            + "call information is never shown." : "Usage is only collected at consent level full.")
                    .append("</p>");
        }
        b.append("<h2>What is never collected</h2><ul id=\"never\">");
        for (String[] n : NEVER) {
            b.append("<li><b>").append(esc(n[0])).append("</b>: ").append(esc(n[1])).append(".</li>");
        }
        b.append("</ul><h2>All counters since start</h2><table id=\"counters\">");
        for (Map.Entry<String, Long> e : s.counters().entrySet()) {
            b.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(e.getValue()).append("</td></tr>");
        }
        b.append("</table><p>For scripts: <code>/status</code> (JSON), <code>/metrics</code> (Prometheus text), "
                + "<code>/healthz</code>.</p></body></html>\n");
        return b.toString();
    }

    private static void counted(StringBuilder b, StatusSnapshot s) {
        Map<String, Long> t = s.today();
        b.append("<h2>Counted today</h2><table id=\"today\">");
        row(b, "Events from the hub's software", Long.toString(t.getOrDefault("ingest.accepted", 0L)));
        row(b, "Lines refused as malformed or too long", Long.toString(t.getOrDefault("ingest.malformed", 0L)
                + t.getOrDefault("ingest.oversize", 0L)));
        row(b, "Health reports sealed", Long.toString(t.getOrDefault("reports_spooled.health", 0L)));
        row(b, "Messages delivered to Ooma", Long.toString(t.getOrDefault("publish.acked", 0L)));
        if (s.showsCalls()) {
            row(b, "Call events (counted for the daily usage report)",
                    Long.toString(t.getOrDefault("ingest.accepted.calls", 0L)));
            row(b, "Calls counted", Long.toString(t.getOrDefault("calls_counted", 0L)));
        }
        b.append("</table>");
    }

    private static void report(StringBuilder b, StatusSnapshot.Report r, String none, String what) {
        if (r == null) {
            b.append("<p>").append(esc(none)).append("</p>");
            return;
        }
        b.append("<p>").append(esc(what)).append(" Sealed at ").append(esc(r.sealedAt().toString()))
                .append(".</p><pre>").append(esc(r.json())).append("</pre>");
    }

    private static void row(StringBuilder b, String k, String v) {
        b.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>");
    }

    static String consentWhy(String consent) {
        return switch (consent) {
            case "off" -> "nothing is collected or sent; the agent only listens for a change of consent";
            case "essential" -> "only health reports about the hub, its network and the agent are sent; nothing"
                    + " about calls";
            case "full" -> "health reports, and once a day a usage report with call counts (no numbers, no names)";
            default -> "unknown";
        };
    }

    static String healthWhy(String reason) {
        return switch (reason) {
            case "pipeline" -> "the agent's processing thread has stopped";
            case "broker" -> "the agent cannot reach Ooma's message broker; reports wait on the hub";
            case "spool" -> "the hub's report store is full; new reports are being refused";
            default -> "see the counters below";
        };
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return plural(s, "second");
        }
        if (s < 3600) {
            return plural(s / 60, "minute");
        }
        if (s < 86_400) {
            return plural(s / 3600, "hour") + " " + plural(s % 3600 / 60, "minute");
        }
        return plural(s / 86_400, "day") + " " + plural(s % 86_400 / 3600, "hour");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
