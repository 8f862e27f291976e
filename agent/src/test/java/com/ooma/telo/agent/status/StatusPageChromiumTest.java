package com.ooma.telo.agent.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page as a browser shows it: headless Chromium reads its text ({@code --dump-dom}) and draws it
 * ({@code --screenshot}); the chart's bars must be on the picture. Skipped without Chromium, except under
 * {@code CI=true}, where it fails.
 */
class StatusPageChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    private StatusServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String url(View view) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            assertThat(System.getenv("CI")).as("chromium is required under CI").isNotEqualTo("true");
            assumeThat(false).as("no chromium at " + CHROMIUM).isTrue();
        }
        server = StatusServer.start("127.0.0.1", 0, StatusFixtures.source("{}", view), view,
                StatusPolicy.of(List.of()), new StatusStats());
        return "http://127.0.0.1:" + server.localAddress().getPort() + "/";
    }

    private byte[] chromium(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("chromium.err").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return out;
    }

    @Test
    void theDom_saysWhatTheAgentIs_andOnTheLanNothingAboutCalls() throws Exception {
        String dom = new String(chromium("--dump-dom", url(View.LAN)), StandardCharsets.UTF_8);
        assertThat(dom).contains("Telo telemetry agent", "Healthy", "1.2.3 (commit abc)", "1 hour 30 minutes",
                "full: health reports", "What is never collected", "Telephone numbers", StatusFixtures.HEALTH_MARK,
                "Not shown here: it describes calls");
        assertThat(dom).doesNotContain(StatusFixtures.USAGE_MARK, "calls_counted", "ingest.accepted.calls",
                "<script");
    }

    @Test
    void theDom_onLoopbackAtFull_showsTheUsageReport() throws Exception {
        String dom = new String(chromium("--dump-dom", url(View.LOOPBACK)), StandardCharsets.UTF_8);
        assertThat(dom).contains(StatusFixtures.USAGE_MARK, "Calls counted");
    }

    @Test
    void theScreenshot_showsTheChartsBars() throws Exception {
        Path png = Path.of(System.getProperty("telo.keepScreenshot", tmp.resolve("page.png").toString()));
        chromium("--screenshot=" + png, "--window-size=1000,1400", "--hide-scrollbars", url(View.LAN));
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).as("a PNG was written").isNotNull();
        int bar = Integer.parseInt(ActivityChart.BAR_COLOUR.substring(1), 16);
        long barPixels = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (close(img.getRGB(x, y) & 0xFFFFFF, bar)) {
                    barPixels++;
                }
            }
        }
        // 20 of 24 hours are non-zero in the fixture: thousands of pixels in the bar colour, none elsewhere
        assertThat(barPixels).isGreaterThan(2_000);
    }

    private static boolean close(int rgb, int want) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb >> shift & 0xFF) - (want >> shift & 0xFF)) > 12) {
                return false;
            }
        }
        return true;
    }
}
