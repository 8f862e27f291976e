package com.ooma.telo.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config file that ships in the hub archive and the Debian package must load once the hub is provisioned, must
 * default to essential consent (docs/design.md §2), and takes the device id from the provisioned device.id file.
 */
class ShippedConfigTest {
    private static final Path SHIPPED = Path.of("../packaging/src/hub/etc/telo-agent.properties");
    private static final String ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    @Test
    void shippedConfig_loadsOnceProvisioned_andDefaultsToEssentialConsent() throws Exception {
        assertThat(SHIPPED).as("run from the agent module folder").exists();
        // On a hub the package creates /var/log/telo; here it is stood in for.
        AgentConfig c = ConfigLoader.load(SHIPPED, List.of("device.id=" + ID, "log.file=" + logs.resolve("agent.log")));
        assertThat(c.consent()).isEqualTo(ConsentLevel.ESSENTIAL);
        assertThat(c.ingestHost()).isEqualTo("127.0.0.1");
        assertThat(c.publishBroker()).startsWith("ssl://");
        assertThat(c.brokerSecurity().caFile()).as("only the vendor CA is trusted for the broker").isPresent();
        assertThat(c.brokerSecurity().clientCert()).as("the device proves its id").isPresent();
        assertThat(c.brokerSecurity().tlsProtocols()).containsExactly("TLSv1.3");
        assertThat(Files.readString(SHIPPED)).doesNotContain("consent.level=full");
    }

    @Test
    void shippedConfig_setsNoDeviceId_andTakesTheProvisionedOne() throws Exception {
        Path idFile = Files.writeString(dir.resolve("device.id"), ID + "\n");

        AgentConfig c = ConfigLoader.load(SHIPPED, List.of("keys.device_id_file=" + idFile,
                "log.file=" + logs.resolve("agent.log")));

        assertThat(c.deviceId()).isEqualTo(ID);
        assertThat(Files.readAllLines(SHIPPED)).noneMatch(l -> l.startsWith("device.id="));
    }

    @Test
    void shippedConfig_onAnUnprovisionedHub_namesTheDeviceIdFileItLookedFor() {
        assertThatThrownBy(() -> ConfigLoader.load(SHIPPED, List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("\"device.id\" is unset")
                .hasMessageContaining("/var/lib/telo/keys/device.id");
    }
}
