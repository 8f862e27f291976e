package com.ooma.telo.simulator.report;

import com.ooma.telo.simulator.fault.AppliedFault;
import com.ooma.telo.simulator.fault.SkippedFault;
import com.ooma.telo.simulator.hil.HilSummary;
import com.ooma.telo.simulator.hil.HubCheck;
import com.ooma.telo.simulator.hil.HubResult;
import java.io.IOException;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code DIR/junit.xml} in the JUnit XML form Jenkins, GitLab and GitHub test reporters read: one
 * {@code <testsuite>} per run, one {@code <testcase>} per hub and check ({@code classname="hil.hub-3"},
 * {@code name="calls reconciled"}) with a {@code <failure>} naming the gap, and one per scheduled fault
 * ({@code classname="hil.faults"}), {@code <skipped>} with the reason when it was not applied. Built with the JDK's
 * DOM and written by its transformer, so every message is escaped correctly.
 */
public final class JunitXml {
    private JunitXml() {}

    public static void write(HilSummary s, Path file) throws IOException {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suites = doc.createElement("testsuites");
            doc.appendChild(suites);
            Element suite = doc.createElement("testsuite");
            suites.appendChild(suite);
            int tests = 0;
            int failures = 0;
            int skipped = 0;
            for (HubResult h : s.results()) {
                for (HubCheck c : h.checks()) {
                    Element tc = testcase(doc, suite, "hil.hub-" + h.hub(), c.name());
                    tests++;
                    if (!c.passed()) {
                        failures++;
                        Element f = doc.createElement("failure");
                        f.setAttribute("message", c.message());
                        f.setAttribute("type", "reconciliation");
                        f.setTextContent(c.message());
                        tc.appendChild(f);
                    } else {
                        Element out = doc.createElement("system-out");
                        out.setTextContent(c.message());
                        tc.appendChild(out);
                    }
                }
            }
            for (AppliedFault f : s.faultsApplied()) {
                Element tc = testcase(doc, suite, "hil.faults", f.kind() + " at " + f.at() + " on hubs " + f.hubs());
                tc.setAttribute("time", seconds(f.endWallMs() - f.startWallMs()));
                Element out = doc.createElement("system-out");
                out.setTextContent(f.outcome());
                tc.appendChild(out);
                tests++;
            }
            for (SkippedFault f : s.faultsSkipped()) {
                Element tc = testcase(doc, suite, "hil.faults", f.kind() + " at " + f.at());
                Element sk = doc.createElement("skipped");
                sk.setAttribute("message", f.reason());
                tc.appendChild(sk);
                tests++;
                skipped++;
            }
            suite.setAttribute("name", "hil " + s.scenario() + " seed " + s.seed());
            suite.setAttribute("tests", Integer.toString(tests));
            suite.setAttribute("failures", Integer.toString(failures));
            suite.setAttribute("errors", "0");
            suite.setAttribute("skipped", Integer.toString(skipped));
            suite.setAttribute("time", Long.toString(s.wallSeconds()));
            suites.setAttribute("tests", Integer.toString(tests));
            suites.setAttribute("failures", Integer.toString(failures));
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(doc), new StreamResult(file.toFile()));
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Element testcase(Document doc, Element suite, String classname, String name) {
        Element tc = doc.createElement("testcase");
        tc.setAttribute("classname", classname);
        tc.setAttribute("name", name);
        tc.setAttribute("time", "0");
        suite.appendChild(tc);
        return tc;
    }

    private static String seconds(long ms) {
        return String.format(java.util.Locale.ROOT, "%.3f", ms / 1000.0);
    }
}
