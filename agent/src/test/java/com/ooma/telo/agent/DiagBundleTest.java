package com.ooma.telo.agent;

import static com.ooma.telo.agent.AgentPipelineTest.await;
import static com.ooma.telo.agent.AgentPipelineTest.config;
import static com.ooma.telo.agent.AgentPipelineTest.counter;
import static com.ooma.telo.agent.AgentPipelineTest.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.agent.command.DeviceControl.BundleResult;
import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.diag.DiagBundle;
import com.ooma.telo.agent.diag.PersonalLines;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.OpenResult;
import com.ooma.telo.agent.spool.Spool;
import com.ooma.telo.agent.spool.SpoolRecord;
import com.ooma.telo.agent.testing.FakeClock;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagnostics bundle end to end in-process: built, sealed compressed, spooled on diag, opened as the backend. */
class DiagBundleTest {
    @TempDir
    Path dir;

    private static List<String> hubLines(int n) {
        List<String> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < n; i++) {
            lines.add(json.createObjectNode().put("type", "diag.log").put("ts", 1_764_698_400_000L + i * 1_234L)
                    .put("level", "info").put("component", "sipua").put("message", PersonalLines.line(i)).toString());
        }
        return lines;
    }

    private List<OpenResult.Opened> openDiag(FakeClock clock) throws Exception {
        EnvelopeOpener opener = EnvelopeOpener.load(dir.resolve("be/backend-kem.pem"),
                dir.resolve("dev/device-signing.pub.pem"), clock);
        List<OpenResult.Opened> out = new ArrayList<>();
        try (Spool spool = Spool.open(dir.resolve("spool"), 8 << 20)) {
            for (SpoolRecord r : spool.pending()) {
                if (r.channel().equals("diag")) {
                    OpenResult o = opener.open(r.sealed());
                    assertThat(o).isInstanceOf(OpenResult.Opened.class);
                    out.add((OpenResult.Opened) o);
                }
            }
        }
        return out;
    }

    @Test
    void atConsentFull_aBundleIsSealedCompressed_holdsRedactedLinesAndFingerprints_andIsRateLimited()
            throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-12-02T18:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(config(dir), clock.agentClock(), new SecureRandom());
        send(agent, hubLines(3_000));
        await("lines held", () -> counter(agent, "diag.hub_lines.accepted") == 3_000);
        clock.advance(Duration.ofMinutes(15));
        await("a health report", () -> counter(agent, "reports_spooled.health") >= 1);

        BundleResult first = agent.diagBundle();
        assertThat(first).isInstanceOf(BundleResult.Queued.class);
        assertThat(((BundleResult.Queued) first).inflatedBytes()).isLessThanOrEqualTo(DiagBundle.MAX_BYTES);
        BundleResult again = agent.diagBundle();
        assertThat(again).isInstanceOf(BundleResult.Refused.class);
        assertThat(((BundleResult.Refused) again).code()).isEqualTo("rate_limited");
        assertThat(((BundleResult.Refused) again).retryAfterS()).isEqualTo(600);
        clock.advance(Duration.ofMinutes(10));
        assertThat(agent.diagBundle()).isInstanceOf(BundleResult.Queued.class);
        agent.close();

        List<OpenResult.Opened> bundles = openDiag(clock);
        assertThat(bundles).hasSize(2);
        OpenResult.Opened b = bundles.get(0);
        assertThat(b.header().compressed()).isTrue();
        assertThat(b.plaintext().length).isLessThanOrEqualTo(DiagBundle.MAX_BYTES);
        assertThat(b.header().ctLen()).as("compressed on the wire").isLessThan(b.plaintext().length / 2);
        JsonNode body = new CBORMapper().readTree(b.plaintext());
        assertThat(body.get("kind").asText()).isEqualTo("diag_bundle");
        assertThat(body.get("hub_log").size()).isPositive();
        assertThat(body.get("hub_log").get(0).asText()).contains("[sipua]");
        assertThat(body.get("config").get("keys.device_signing").asText()).startsWith("Ed25519 private kid ")
                .contains("sha256");
        assertThat(new CBORMapper().readTree(body.get("health_report").binaryValue()).get("kind").asText())
                .isEqualTo("health");
        String text = body.toString();
        assertThat(text).doesNotContain(dir.toString()).doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}");
        for (String v : PersonalLines.VALUES) {
            assertThat(text).as(v).doesNotContainIgnoringCase(v);
        }
    }

    @Test
    void belowConsentFull_noBundleIsMade_andLoweringConsentPurgesQueuedOnes() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-12-02T18:00:00Z"));
        AgentPipeline agent = AgentPipeline.start(config(dir), clock.agentClock(), new SecureRandom());
        assertThat(agent.diagBundle()).isInstanceOf(BundleResult.Queued.class);
        agent.setConsent(ConsentLevel.ESSENTIAL);
        BundleResult r = agent.diagBundle();
        assertThat(((BundleResult.Refused) r).code()).isEqualTo("consent");
        agent.close();
        assertThat(openDiag(clock)).as("the queued bundle left the spool with consent").isEmpty();
    }

    @Test
    void aBundleOverTheBound_dropsTheOldestLines_andCountsThem() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            lines.add(i + " " + "x".repeat(200));
        }
        DiagBundle.Encoded e = DiagBundle.encode("-", java.util.Map.of(), java.util.Map.of(), java.util.Map.of(),
                new byte[0], lines, lines);
        assertThat(e.cbor().length).isLessThanOrEqualTo(DiagBundle.MAX_BYTES);
        assertThat(e.truncated()).isPositive();
        JsonNode body = CanonicalCborRead.tree(e.cbor());
        assertThat(body.get("lines_truncated").asInt()).isEqualTo(e.truncated());
        assertThat(body.get("agent_log").size() + body.get("hub_log").size()).isEqualTo(4_000 - e.truncated());
        assertThat(body.get("agent_log").get(body.get("agent_log").size() - 1).asText()).as("newest kept")
                .startsWith("1999 ");
    }

    private static final class CanonicalCborRead {
        static JsonNode tree(byte[] cbor) {
            return com.ooma.telo.agent.seal.CanonicalCbor.parse(cbor).orElseThrow();
        }
    }
}
