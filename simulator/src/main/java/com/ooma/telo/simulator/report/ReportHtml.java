package com.ooma.telo.simulator.report;

import com.ooma.telo.simulator.fault.AppliedFault;
import com.ooma.telo.simulator.fault.SkippedFault;
import com.ooma.telo.simulator.hil.HilSummary;
import com.ooma.telo.simulator.hil.HubCheck;
import com.ooma.telo.simulator.hil.HubResult;
import com.ooma.telo.simulator.report.RunReport.Delivery;
import com.ooma.telo.simulator.report.RunReport.SpoolPoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code DIR/report.html}: one self-contained page (inline CSS and SVG; no script, no font, no image, no link to
 * anywhere), so it opens from a CI artefact store or an e-mail as it is. A plain-language verdict first, then the
 * hubs and their checks, the faults, and four plots: calls per simulated hour (played), reports received over
 * time, delivery latency (arrival − window end) and spool depth, the last three with the faults shaded.
 */
public final class ReportHtml {
    private ReportHtml() {}

    public static void write(RunReport report, Path file) throws IOException {
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    static String render(RunReport r) {
        HilSummary s = r.summary();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src"
                        + " 'unsafe-inline'\">")
                .append("<title>hil ").append(Html.esc(s.scenario())).append(s.passed() ? " PASSED" : " FAILED")
                .append("</title><style>")
                .append("body{font-family:sans-serif;margin:24px;color:#1a202c;max-width:1040px}")
                .append("h1{font-size:22px}.verdict{font-size:20px;padding:10px 14px;border-radius:6px}")
                .append(".pass{background:#c6f6d5}.fail{background:#fed7d7}")
                .append("table{border-collapse:collapse;font-size:13px;margin:8px 0}")
                .append("td,th{border:1px solid #cbd5e0;padding:3px 7px;text-align:left}")
                .append("td.bad{background:#fed7d7}figure{margin:16px 0}figcaption{font-weight:bold;margin:4px 0}")
                .append("</style></head><body>");
        b.append("<h1>Hardware-in-loop run: ").append(Html.esc(s.scenario())).append("</h1>");
        b.append("<p id=\"verdict\" class=\"verdict ").append(s.passed() ? "pass\">PASSED" : "fail\">FAILED")
                .append(": ").append(Html.esc(verdict(s))).append("</p>");
        b.append("<p id=\"overview\">").append(Html.esc(overview(s, r))).append("</p>");
        hubs(b, s);
        faults(b, s);
        plots(b, r);
        b.append("<p>Written by <code>telo-simulator hil</code>; the same figures are in summary.json and"
                + " junit.xml beside this page.</p></body></html>\n");
        return b.toString();
    }

    private static String verdict(HilSummary s) {
        long failedHubs = s.results().stream().filter(h -> !h.passed()).count();
        if (s.passed()) {
            return "every one of " + s.hubs() + " hub(s) reconciled exactly and no canary leaked.";
        }
        return failedHubs + " of " + s.hubs() + " hub(s) failed a check (listed below).";
    }

    private static String overview(HilSummary s, RunReport r) {
        long dup = s.results().stream().mapToLong(HubResult::duplicates).sum();
        long dropped = s.results().stream().mapToLong(HubResult::callsDropped).sum();
        return s.hubs() + " hub(s), " + s.days() + " simulated day(s) from " + s.start() + " (seed " + s.seed()
                + ", one day in " + s.daySeconds() + " s of wall time; the run took " + s.wallSeconds() + " s). "
                + "Calls played " + s.callsPlayed() + ", counted in opened reports " + s.callsCounted()
                + ", counted as dropped by the agents " + dropped + ". Reports stored " + r.deliveries().size()
                + ", duplicates dropped " + dup + ". Leaks found: " + s.leaks() + ". Faults applied "
                + s.faultsApplied().size() + ", not applied " + s.faultsSkipped().size() + "." + delivery(s);
    }

    private static String delivery(HilSummary s) {
        HilSummary.Delivery d = s.delivery();
        if (d == null) {
            return "";
        }
        return " Broker " + d.broker() + ", publish.ack=" + d.ack() + ", " + (d.collectors() == 0
                ? "the broker's recording opened afterwards" : d.collectors() + " live collector(s)")
                + (d.ack().equals("receipt") ? "; receipts sent " + d.receiptsSent() + ", reports awaiting a receipt"
                        + " at the end " + d.awaitingReceiptAtStop() + ", spools empty at exit "
                        + d.spoolsEmptyAtExit() + " of " + s.hubs() : "") + ".";
    }

    private static void hubs(StringBuilder b, HilSummary s) {
        b.append("<h2>Hubs</h2><table id=\"hubs\"><tr><th>hub</th><th>device</th><th>events played / accepted</th>"
                + "<th>calls played / counted / dropped</th><th>reports</th><th>duplicates</th><th>kills</th>"
                + "<th>checks</th></tr>");
        List<String> failures = new ArrayList<>();
        for (HubResult h : s.results()) {
            long bad = h.checks().stream().filter(c -> !c.passed()).count();
            b.append("<tr><td>").append(h.hub()).append("</td><td><code>").append(Html.esc(h.deviceId()))
                    .append("</code></td><td>").append(h.eventsPlayed()).append(" / ").append(h.eventsAccepted())
                    .append("</td><td>").append(h.callsPlayed()).append(" / ").append(h.callsCounted())
                    .append(" / ").append(h.callsDropped()).append("</td><td>").append(h.reportsOpened())
                    .append("</td><td>").append(h.duplicates()).append("</td><td>").append(h.kills())
                    .append("</td><td").append(bad > 0 ? " class=\"bad\">" : ">")
                    .append(bad == 0 ? "all " + h.checks().size() + " passed" : bad + " failed").append("</td></tr>");
            for (HubCheck c : h.checks()) {
                if (!c.passed()) {
                    failures.add("hub " + h.hub() + ", " + c.name() + ": " + c.message());
                }
            }
        }
        b.append("</table>");
        if (!failures.isEmpty()) {
            b.append("<h3>Failed checks</h3><ul id=\"failures\">");
            failures.forEach(f -> b.append("<li>").append(Html.esc(f)).append("</li>"));
            b.append("</ul>");
        }
    }

    private static void faults(StringBuilder b, HilSummary s) {
        b.append("<h2>Faults</h2>");
        if (s.faultsApplied().isEmpty() && s.faultsSkipped().isEmpty()) {
            b.append("<p>The scenario declares no fault in the days played.</p>");
            return;
        }
        b.append("<table id=\"faults\"><tr><th>fault</th><th>scheduled at (simulated)</th><th>began (wall s)</th>"
                + "<th>lasted (wall s)</th><th>hubs</th><th>outcome</th></tr>");
        for (AppliedFault f : s.faultsApplied()) {
            b.append("<tr><td>").append(Html.esc(f.kind())).append("</td><td>").append(Html.esc(f.at()))
                    .append("</td><td>").append(sec(f.startWallMs())).append("</td><td>")
                    .append(sec(f.endWallMs() - f.startWallMs())).append("</td><td>").append(hubList(f.hubs()))
                    .append("</td><td>").append(Html.esc(f.outcome())).append("</td></tr>");
        }
        for (SkippedFault f : s.faultsSkipped()) {
            b.append("<tr><td>").append(Html.esc(f.kind())).append("</td><td>").append(Html.esc(f.at()))
                    .append("</td><td colspan=\"3\">not applied</td><td>").append(Html.esc(f.reason()))
                    .append("</td></tr>");
        }
        b.append("</table>");
    }

    private static void plots(StringBuilder b, RunReport r) {
        HilSummary s = r.summary();
        List<Band> bands = s.faultsApplied().stream()
                .map(f -> new Band(f.startWallMs() / 1000.0, f.endWallMs() / 1000.0, f.kind())).toList();
        double wallEnd = 1;
        for (Delivery d : r.deliveries()) {
            wallEnd = Math.max(wallEnd, d.wallMs() / 1000.0);
        }
        for (SpoolPoint p : r.spool()) {
            wallEnd = Math.max(wallEnd, p.wallMs() / 1000.0);
        }
        b.append("<h2>Plots</h2>");
        long[] perHour = r.callsPerHour();
        double[] hx = new double[perHour.length];
        double[] hy = new double[perHour.length];
        for (int i = 0; i < perHour.length; i++) {
            hx[i] = i;
            hy[i] = perHour[i];
        }
        figure(b, "calls-per-hour", "Calls per hour (played, every hub together)", SvgPlot.plot("calls-per-hour",
                "simulated hour of the run", "calls played", hx, hy, perHour.length, SvgPlot.Style.BARS,
                SvgPlot.BAR, List.of()));

        List<Delivery> ds = r.deliveries();
        double[] rx = new double[ds.size()];
        double[] ry = new double[ds.size()];
        for (int i = 0; i < ds.size(); i++) {
            rx[i] = ds.get(i).wallMs() / 1000.0;
            ry[i] = i + 1;
        }
        figure(b, "reports-received", "Reports received over time (stored, duplicates left out; faults shaded)",
                SvgPlot.plot("reports-received", "wall seconds since playback began", "reports received", rx, ry,
                        wallEnd, SvgPlot.Style.STEP, SvgPlot.LINE, bands));

        List<Delivery> timed = ds.stream().filter(d -> d.latencyMs() >= 0).toList();
        double[] lx = new double[timed.size()];
        double[] ly = new double[timed.size()];
        double maxLatency = 0;
        for (int i = 0; i < timed.size(); i++) {
            lx[i] = timed.get(i).wallMs() / 1000.0;
            ly[i] = timed.get(i).latencyMs() / 1000.0;
            maxLatency = Math.max(maxLatency, ly[i]);
        }
        figure(b, "delivery-latency", "Delivery latency: received − report window end (s), max "
                + String.format(Locale.ROOT, "%.1f", maxLatency) + " s", SvgPlot.plot("delivery-latency",
                "wall seconds since playback began (arrival)", "latency (s)", lx, ly, wallEnd, SvgPlot.Style.POINTS,
                SvgPlot.POINT, bands));

        List<SpoolPoint> sp = r.spool();
        double[] sx = new double[sp.size()];
        double[] sy = new double[sp.size()];
        for (int i = 0; i < sp.size(); i++) {
            sx[i] = sp.get(i).wallMs() / 1000.0;
            sy[i] = sp.get(i).pending();
        }
        figure(b, "spool-depth", "Spool depth through the faults (spool.pending from every agent's /status, summed)",
                SvgPlot.plot("spool-depth", "wall seconds since playback began", "reports waiting", sx, sy, wallEnd,
                        SvgPlot.Style.LINE, SvgPlot.LINE, bands));
    }

    private static void figure(StringBuilder b, String id, String caption, String svg) {
        b.append("<figure id=\"").append(id).append("\"><figcaption>").append(Html.esc(caption))
                .append("</figcaption>").append(svg).append("</figure>");
    }

    private static String hubList(List<Integer> hubs) {
        if (hubs.size() > 8) {
            return hubs.size() + " hubs";
        }
        return hubs.stream().map(String::valueOf).reduce((a, c) -> a + ", " + c).orElse("");
    }

    private static String sec(long ms) {
        return String.format(Locale.ROOT, "%.1f", ms / 1000.0);
    }
}
