package com.ooma.telo.agent.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The config file that ships in the hub archive must load, and must default to essential consent (docs/design.md §2).
 */
class ShippedConfigTest {
    private static final Path SHIPPED = Path.of("../packaging/src/hub/etc/telo-agent.properties");

    @Test
    void shippedConfig_loads_andDefaultsToEssentialConsent() throws Exception {
        assertThat(SHIPPED).as("run from the agent module folder").exists();
        AgentConfig c = ConfigLoader.load(SHIPPED, List.of());
        assertThat(c.consent()).isEqualTo(ConsentLevel.ESSENTIAL);
        assertThat(c.ingestHost()).isEqualTo("127.0.0.1");
        assertThat(c.publishBroker()).startsWith("ssl://");
        assertThat(c.brokerSecurity().caFile()).as("only the vendor CA is trusted for the broker").isPresent();
        assertThat(c.brokerSecurity().clientCert()).as("the device proves its id").isPresent();
        assertThat(c.brokerSecurity().tlsProtocols()).containsExactly("TLSv1.3");
        assertThat(Files.readString(SHIPPED)).doesNotContain("consent.level=full");
    }
}
