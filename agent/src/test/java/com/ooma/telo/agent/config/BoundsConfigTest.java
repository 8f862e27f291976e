package com.ooma.telo.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ooma.telo.agent.ingest.IngestLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest and status bounds as config keys: defaults equal the shipped limits, bad values name the key. */
class BoundsConfigTest {
    private static final String ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    private AgentConfig load(String... overrides) throws Exception {
        Path f = dir.resolve("agent.properties");
        Files.writeString(f, "device.id=" + ID + "\n");
        return ConfigLoader.load(f, List.of(overrides));
    }

    @Test
    void defaults_areTheShippedIngestLimits_andNoExtraHosts() throws Exception {
        AgentConfig c = load();
        assertThat(new IngestLimits(c.ingestMaxConnections(), c.ingestMaxPartialBytes(), c.ingestIdleTimeout(),
                c.ingestPartialLineTimeout())).isEqualTo(IngestLimits.DEFAULTS);
        assertThat(c.statusAllowedHosts()).isEmpty();
    }

    @Test
    void publishAck_isBrokerByDefault_receiptOnRequest_andAnythingElseIsRefusedQuoted() throws Exception {
        assertThat(load().publishAck()).isEqualTo(PublishAck.BROKER);
        assertThat(load().publishReceiptTimeout()).isEqualTo(Duration.ofMinutes(10));
        AgentConfig receipt = load("publish.ack=receipt", "publish.receipt_timeout=PT30S");
        assertThat(receipt.publishAck()).isEqualTo(PublishAck.RECEIPT);
        assertThat(receipt.publishReceiptTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> load("publish.ack=collector")).hasMessageContaining("\"publish.ack\"")
                .hasMessageContaining("collector").hasMessageContaining("broker, receipt");
        assertThatThrownBy(() -> load("publish.receipt_timeout=PT0S"))
                .hasMessageContaining("\"publish.receipt_timeout\"");
    }

    @Test
    void boundsCanBeSet() throws Exception {
        AgentConfig c = load("ingest.max_connections=8", "ingest.max_partial_bytes=65536",
                "ingest.idle_timeout=PT1H", "ingest.partial_line_timeout=PT5S",
                "status.allowed_hosts=Hub.LAN, 192.168.1.20 ,[fd00::1]");
        assertThat(c.ingestMaxConnections()).isEqualTo(8);
        assertThat(c.ingestMaxPartialBytes()).isEqualTo(65_536);
        assertThat(c.ingestIdleTimeout()).isEqualTo(Duration.ofHours(1));
        assertThat(c.ingestPartialLineTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.statusAllowedHosts()).containsExactly("hub.lan", "192.168.1.20", "[fd00::1]");
    }

    @Test
    void badBounds_areRefusedNamingTheKey() {
        assertThatThrownBy(() -> load("ingest.max_connections=0")).hasMessageContaining("\"ingest.max_connections\"");
        assertThatThrownBy(() -> load("ingest.max_connections=5000")).hasMessageContaining("1 and 1024");
        assertThatThrownBy(() -> load("ingest.max_partial_bytes=1000"))
                .hasMessageContaining("\"ingest.max_partial_bytes\"").hasMessageContaining("16384");
        assertThatThrownBy(() -> load("ingest.idle_timeout=PT0S")).hasMessageContaining("\"ingest.idle_timeout\"");
        assertThatThrownBy(() -> load("ingest.partial_line_timeout=30"))
                .hasMessageContaining("\"ingest.partial_line_timeout\"");
        for (String hosts : List.of("*", "hub.lan:4591", "http://hub.lan", "fd00::1", "a..b", "-hub")) {
            assertThatThrownBy(() -> load("status.allowed_hosts=" + hosts)).as(hosts)
                    .hasMessageContaining("\"status.allowed_hosts\"");
        }
    }
}
