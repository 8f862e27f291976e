package com.ooma.telo.simulator.hil;

import com.ooma.telo.simulator.report.JunitXml;
import com.ooma.telo.simulator.report.ReportHtml;
import com.ooma.telo.simulator.report.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** What every {@code hil} run leaves in its folder, and its last lines and exit code, whichever mode ran it. */
public final class RunOutputs {
    private RunOutputs() {}

    /** Writes {@code summary.json}, {@code junit.xml} and {@code report.html}; returns 0 when it passed, else 1. */
    public static int write(HilSummary summary, RunReport report, Path dir, PrintWriter out) throws IOException {
        summary.write(dir.resolve("summary.json"));
        JunitXml.write(summary, dir.resolve("junit.xml"));
        ReportHtml.write(report, dir.resolve("report.html"));
        out.println(summary.line());
        out.println("hil: wrote " + dir.resolve("summary.json") + ", junit.xml, report.html");
        out.flush();
        return summary.passed() ? 0 : 1;
    }
}
