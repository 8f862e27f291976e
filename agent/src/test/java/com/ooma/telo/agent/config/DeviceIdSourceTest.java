package com.ooma.telo.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code device.id} from the config when set, else from the provisioned device.id file. */
class DeviceIdSourceTest {
    private static final String FILE_ID = "00112233445566778899aabbccddeeff";
    private static final String CONFIG_ID = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void unsetDeviceId_isReadFromDeviceIdNextToTheSigningKey() throws Exception {
        Files.createDirectories(dir.resolve("keys"));
        Files.writeString(dir.resolve("keys/device.id"), FILE_ID + "\n");
        Path config = Files.writeString(dir.resolve("agent.properties"), "keys.device_signing=keys/device-signing.pem\n");

        assertThat(ConfigLoader.load(config, List.of()).deviceId()).isEqualTo(FILE_ID);
    }

    @Test
    void aConfiguredDeviceId_winsOverTheFile() throws Exception {
        Files.writeString(dir.resolve("device.id"), FILE_ID + "\n");
        Path config = Files.writeString(dir.resolve("agent.properties"), "device.id=" + CONFIG_ID + "\n");

        assertThat(ConfigLoader.load(config, List.of()).deviceId()).isEqualTo(CONFIG_ID);
    }

    @Test
    void deviceIdFileKey_namesAnotherFile_relativeToTheConfigFolder() throws Exception {
        Files.writeString(dir.resolve("id.txt"), FILE_ID);
        Path config = Files.writeString(dir.resolve("agent.properties"), "keys.device_id_file=id.txt\n");

        assertThat(ConfigLoader.load(config, List.of()).deviceId()).isEqualTo(FILE_ID);
    }

    @Test
    void aMissingOrMalformedFile_stopsTheStart_namingTheKeyAndTheFile() throws Exception {
        Path config = Files.writeString(dir.resolve("agent.properties"), "consent.level=essential\n");

        assertThatThrownBy(() -> ConfigLoader.load(config, List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("\"device.id\" is unset")
                .hasMessageContaining(dir.resolve("device.id").toString()).hasMessageContaining("cannot read");

        Files.writeString(dir.resolve("device.id"), "ABC\n");
        assertThatThrownBy(() -> ConfigLoader.load(config, List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("32 lowercase hex digits");
    }
}
