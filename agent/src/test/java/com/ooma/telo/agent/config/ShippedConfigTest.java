package com.ooma.telo.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config file that ships in the hub archive must load once the hub is provisioned, must default to essential
 * consent (docs/design.md §2), and must not start before provisioning: its device.id is an all-zero placeholder.
 */
class ShippedConfigTest {
    private static final Path SHIPPED = Path.of("../packaging/src/hub/etc/telo-agent.properties");

    @TempDir
    Path logs;

    @Test
    void shippedConfig_loadsOnceProvisioned_andDefaultsToEssentialConsent() throws Exception {
        assertThat(SHIPPED).as("run from the agent module folder").exists();
        // On a hub, provisioning sets device.id and the package creates /var/log/telo; here both are stood in for.
        AgentConfig c = ConfigLoader.load(SHIPPED, List.of("device.id=0123456789abcdef0123456789abcdef",
                "log.file=" + logs.resolve("agent.log")));
        assertThat(c.consent()).isEqualTo(ConsentLevel.ESSENTIAL);
        assertThat(c.ingestHost()).isEqualTo("127.0.0.1");
        assertThat(c.publishBroker()).startsWith("ssl://");
        assertThat(c.brokerSecurity().caFile()).as("only the vendor CA is trusted for the broker").isPresent();
        assertThat(c.brokerSecurity().clientCert()).as("the device proves its id").isPresent();
        assertThat(c.brokerSecurity().tlsProtocols()).containsExactly("TLSv1.3");
        assertThat(Files.readString(SHIPPED)).doesNotContain("consent.level=full");
    }

    @Test
    void shippedConfig_asShipped_refusesToStart_untilDeviceIdIsProvisioned() {
        assertThatThrownBy(() -> ConfigLoader.load(SHIPPED, List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("\"device.id\"")
                .hasMessageContaining("placeholder");
    }
}
