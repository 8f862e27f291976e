package com.ooma.telo.simulator.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.MessageType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real keys and real envelopes (the agent's sealer), opened through the simulator's one seal seam. */
class ReportReaderTest {
    private static final CBORMapper CBOR = new CBORMapper();

    @TempDir
    Path dir;

    private RunKeys keys;
    private EnvelopeSealer sealer;
    private String usageTopic;

    @BeforeEach
    void makeKeys() throws Exception {
        keys = ReportOpener.generateKeys(dir);
        sealer = EnvelopeSealer.load(keys.deviceIdHex(), keys.deviceSigningPrivate(), keys.backendKemPublic(),
                dir.resolve("state"), Clock.systemUTC());
        usageTopic = "telo/v1/" + keys.deviceIdHex() + "/usage";
    }

    @Test
    void generateKeys_writesTheDeviceIdAndBothKeySets() {
        assertThat(keys.deviceIdHex()).matches("[0-9a-f]{32}");
        assertThat(keys.deviceSigningPrivate()).exists();
        assertThat(keys.deviceKemPrivate()).exists();
        assertThat(keys.backendKemPrivate()).exists();
        assertThat(keys.backendKemPublic()).exists();
    }

    @Test
    void read_countsCallsFromUsageReportsOnly() throws Exception {
        List<ReceivedMessage> messages = List.of(
                message(1, usageTopic, usage(3, 2)),
                message(2, "telo/v1/" + keys.deviceIdHex() + "/health", health()),
                message(3, usageTopic, usage(4)));
        CollectedReports c = reader().read(messages);
        assertThat(c.rejected()).isEmpty();
        assertThat(c.reports()).extracting(OpenedReport::kind).containsExactly("usage", "health", "usage");
        assertThat(c.callsCounted()).isEqualTo(9);
        assertThat(c.usageReports()).isEqualTo(2);
        assertThat(c.reports()).extracting(OpenedReport::deviceIdHex).containsOnly(keys.deviceIdHex());
    }

    @Test
    void read_countsARedeliveredReportOnce() throws Exception {
        byte[] sealed = usage(5);
        CollectedReports c = reader().read(List.of(message(1, usageTopic, sealed), message(2, usageTopic, sealed)));
        assertThat(c.callsCounted()).isEqualTo(5);
        assertThat(c.reports()).hasSize(1);
    }

    @Test
    void read_refusesATamperedEnvelopeAndAForeignTopic() throws Exception {
        byte[] tampered = usage(7);
        tampered[tampered.length - 1] ^= 1;
        String otherDevice = "telo/v1/" + "0".repeat(32) + "/usage";
        CollectedReports c = reader().read(List.of(
                message(1, usageTopic, tampered),
                message(2, otherDevice, usage(6)),
                message(3, usageTopic, "caller=Maria Alvarez".getBytes())));
        assertThat(c.reports()).isEmpty();
        assertThat(c.callsCounted()).isZero();
        assertThat(c.rejected()).extracting(CollectedReports.RejectedMessage::reason)
                .containsExactly("SIGNATURE", "device id in the header is not the topic's", "LENGTH");
    }

    @Test
    void line_printsOneJsonObjectWithTheReportAndNoRawPadding() throws Exception {
        Map<String, Object> body = Map.of("v", 1, "kind", "usage", "calls", List.of(), "pad", new byte[300]);
        OpenedReport r = reader().read(List.of(message(1, usageTopic, seal(body)))).reports().get(0);
        String line = ReportReader.line(r);
        assertThat(line).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("topic").asText()).isEqualTo(usageTopic);
        assertThat(json.path("seq").asLong()).isEqualTo(r.seq());
        assertThat(json.path("report").path("kind").asText()).isEqualTo("usage");
        assertThat(json.path("report").path("pad").asText()).isEqualTo("<300 bytes>");
    }

    private ReportReader reader() throws Exception {
        return new ReportReader(ReportOpener.forRun(keys));
    }

    private byte[] usage(int... counts) throws Exception {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int n : counts) {
            rows.add(Map.of("dir", "inbound", "disp", "answered", "dest", "domestic", "n", n));
        }
        return seal(Map.of("v", 1, "kind", "usage", "calls", rows));
    }

    private byte[] health() throws Exception {
        return seal(Map.of("v", 1, "kind", "health", "events_accepted", 12));
    }

    private byte[] seal(Map<String, Object> body) throws Exception {
        return sealer.seal(MessageType.TELEMETRY, CBOR.writeValueAsBytes(body));
    }

    private static ReceivedMessage message(int ordinal, String topic, byte[] payload) {
        return new ReceivedMessage(ordinal, topic, payload);
    }
}
