package com.ooma.telo.simulator.hil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.simulator.TeloSimulator;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * A one-hub one-day {@code broker-flaps} run with its broker restarts applied: it still reconciles exactly, every fault
 * is in summary.json and junit.xml, and report.html opens in headless Chromium with its text and its plots. Run with
 * {@code --ack broker}, so the embedded broker's recording is what is opened (the receipt path is
 * {@code HilCommandTest}'s).
 */
class HilReportTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** The report's series colours: call bars and the reports/spool lines (report.html's stylesheet). */
    private static final int CALL_BARS = 0x2b6cb0;
    private static final int LINES = 0xc05621;

    @TempDir
    Path tmp;

    @Test
    void brokerRestarts_areApplied_reconciledExactly_andShownInJunitAndTheReport() throws Exception {
        Path out = tmp.resolve("run");
        StringWriter o = new StringWriter();
        CommandLine cmd = TeloSimulator.newCommandLine();
        cmd.setOut(new PrintWriter(o, true));
        cmd.setErr(new PrintWriter(o, true));
        int code = cmd.execute("hil", "--scenario", "broker-flaps", "--hubs", "1", "--days", "1", "--seed", "7",
                "--faults", "broker_restart", "--ack", "broker", "--out", out.toString());
        assertThat(code).as(o.toString()).isZero();

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.path("faults_applied")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.path("kind").asText()).isEqualTo("broker_restart"));
        assertThat(summary.path("delivery").path("ack").asText()).isEqualTo("broker");
        assertThat(summary.path("delivery").path("collectors").asInt()).as("the recording was read").isZero();
        JsonNode hub = summary.path("results").get(0);
        assertThat(hub.path("calls_played").asLong()).isPositive().isEqualTo(hub.path("calls_counted").asLong());

        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("junit.xml").toFile());
        assertThat(junit.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        List<String> cases = new ArrayList<>();
        NodeList nodes = junit.getElementsByTagName("testcase");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element c = (Element) nodes.item(i);
            cases.add(c.getAttribute("classname") + " / " + c.getAttribute("name"));
        }
        assertThat(cases).contains("hil.hub-0 / calls reconciled", "hil.hub-0 / canaries", "hil.hub-0 / events accepted");
        assertThat(cases).filteredOn(c -> c.startsWith("hil.faults / broker_restart"))
                .hasSize(summary.path("faults_applied").size());

        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).doesNotContain("<script", "src=\"http", "href=\"http");
        if (!Files.isExecutable(CHROMIUM)) {
            assertThat(System.getenv("CI")).as("chromium is required under CI").isNotEqualTo("true");
            assumeThat(false).as("no chromium at " + CHROMIUM).isTrue();
        }
        String url = out.resolve("report.html").toUri().toString();
        String dom = new String(chromium("--dump-dom", url), StandardCharsets.UTF_8);
        assertThat(dom).contains("PASSED", "broker-flaps", "broker_restart", "Calls per hour", "Spool depth",
                "Delivery latency");
        Path png = tmp.resolve("report.png");
        chromium("--screenshot=" + png, "--window-size=1200,2400", url);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(pixels(image, CALL_BARS)).as("call bars drawn").isGreaterThan(100);
        assertThat(pixels(image, LINES)).as("report and spool lines drawn").isGreaterThan(100);
    }

    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (near(p >> 16, rgb >> 16) && near(p >> 8, rgb >> 8) && near(p, rgb)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean near(int a, int b) {
        return Math.abs((a & 0xff) - (b & 0xff)) <= 24;
    }

    private byte[] chromium(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("chromium.err").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return out;
    }
}
