package com.ooma.telo.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final String ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    private Path write(String body) throws Exception {
        Path f = dir.resolve("agent.properties");
        Files.writeString(f, body);
        return f;
    }

    @Test
    void load_readsFileAppliesOverridesAndResolvesPathsAgainstTheConfigFolder() throws Exception {
        AgentConfig c = ConfigLoader.load(write("device.id=" + ID + "\nreport.usage.interval=PT1S\n"
                + "keys.device_signing=keys/dev.pem\n"), List.of("ingest.port=0", "consent.level=FULL"));

        assertThat(c.deviceId()).isEqualTo(ID);
        assertThat(c.usageInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.ingestPort()).isZero();
        assertThat(c.consent()).isEqualTo(ConsentLevel.FULL);
        assertThat(c.deviceSigningKey()).isEqualTo(dir.resolve("keys/dev.pem"));
        assertThat(c.topic("usage")).isEqualTo("telo/v1/" + ID + "/usage");
    }

    @Test
    void shippedDefault_consentIsEssential() throws Exception {
        assertThat(ConfigLoader.load(write("device.id=" + ID), List.of()).consent())
                .isEqualTo(ConsentLevel.ESSENTIAL);
    }

    @Test
    void unknownKey_isRejectedAndQuoted() throws Exception {
        Path f = write("device.id=" + ID + "\nreport.usage.intervall=PT1S\n");
        assertThatThrownBy(() -> ConfigLoader.load(f, List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("\"report.usage.intervall\"");
    }

    @Test
    void badValues_areRejectedWithKeyAndValueQuoted() throws Exception {
        Path f = write("device.id=" + ID);
        assertThatThrownBy(() -> ConfigLoader.load(f, List.of("report.health.interval=15m")))
                .hasMessageContaining("\"report.health.interval\"").hasMessageContaining("\"15m\"");
        assertThatThrownBy(() -> ConfigLoader.load(f, List.of("ingest.port=70000")))
                .hasMessageContaining("\"70000\"");
        assertThatThrownBy(() -> ConfigLoader.load(f, List.of("consent.level=maybe")))
                .hasMessageContaining("\"maybe\"");
        assertThatThrownBy(() -> ConfigLoader.load(f, List.of("device.id=ABC")))
                .hasMessageContaining("32 lowercase hex");
        assertThatThrownBy(() -> ConfigLoader.load(f, List.of("publish.broker=mqtt.example.com")))
                .hasMessageContaining("\"publish.broker\"");
        assertThatThrownBy(() -> ConfigLoader.load(f, List.of("device.timezone=Mars/Olympus")))
                .hasMessageContaining("\"Mars/Olympus\"");
        assertThatThrownBy(() -> ConfigLoader.load(f, List.of("no-equals-sign")))
                .hasMessageContaining("\"no-equals-sign\"");
    }

    @Test
    void ingestHost_mustBeLoopback() throws Exception {
        Path f = write("device.id=" + ID);
        assertThatThrownBy(() -> ConfigLoader.load(f, List.of("ingest.host=0.0.0.0")))
                .hasMessageContaining("loopback");
        assertThat(ConfigLoader.load(f, List.of("ingest.host=::1")).ingestHost()).isEqualTo("::1");
    }

    @Test
    void missingFile_saysWhichFile() {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> ConfigLoader.load(missing, List.of()))
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }
}
