package com.ooma.telo.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.agent.seal.TrustStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `keys rotate` and `keys sign-bundle` as an operator and the vendor run them. */
class KeysRotateCommandTest {
    @TempDir
    Path dir;

    @Test
    void rotate_replacesKeyAndLeavesAnAnnouncementTheBackendOpensWithTheOldKey() throws Exception {
        CliRun.of("keys", "generate", "--role", "device", "--out", dir.resolve("device").toString());
        CliRun.of("keys", "generate", "--role", "backend", "--out", dir.resolve("backend").toString());
        Path oldPub = Files.copy(dir.resolve("device/device-signing.pub.pem"), dir.resolve("old.pub.pem"));
        String id = Files.readString(dir.resolve("device/device.id")).strip();
        Path config = Files.writeString(dir.resolve("agent.properties"), "device.id=" + id + "\n"
                + "keys.device_signing=device/device-signing.pem\n"
                + "keys.backend_public=backend/backend-kem.pub.pem\n"
                + "state.dir=state\n");

        CliRun run = CliRun.of("keys", "rotate", "--config", config.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        String newKid = field(run.stdout(), "new kid:");
        assertThat(newKid).isNotEqualTo(field(run.stdout(), "old kid:"));
        CliRun show = CliRun.of("keys", "show", dir.resolve("device/device-signing.pem").toString());
        assertThat(show.stdout()).contains("kid:    " + newKid);
        Path announcement = Path.of(field(run.stdout(), "announcement:"));
        CliRun decoded = CliRun.of("decode", "--recipient-key", dir.resolve("backend/backend-kem.pem").toString(),
                "--sender-key", oldPub.toString(), "--device-id", id, announcement.toString());
        assertThat(decoded.exitCode()).as(decoded.stderr()).isZero();
        JsonNode payload = new ObjectMapper().readTree(decoded.stdout()).get("payload");
        assertThat(payload.get("kind").asText()).isEqualTo("key_rotation");
    }

    @Test
    void rotate_isRefusedWhileAnAgentHoldsTheStateDir() throws Exception {
        CliRun.of("keys", "generate", "--role", "device", "--out", dir.resolve("device").toString());
        CliRun.of("keys", "generate", "--role", "backend", "--out", dir.resolve("backend").toString());
        String before = Files.readString(dir.resolve("device/device-signing.pem"));
        Path config = Files.writeString(dir.resolve("agent.properties"), "device.id="
                + Files.readString(dir.resolve("device/device.id")).strip() + "\n"
                + "keys.device_signing=device/device-signing.pem\n"
                + "keys.backend_public=backend/backend-kem.pub.pem\n"
                + "state.dir=state\n");

        try (InstanceLock running = InstanceLock.acquire(dir.resolve("state"))) {
            CliRun run = CliRun.of("keys", "rotate", "--config", config.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.stderr()).contains("another agent is already running");
        }
        assertThat(Files.readString(dir.resolve("device/device-signing.pem"))).isEqualTo(before);
    }

    @Test
    void rotate_withBadConfigExits2QuotingTheProblem() throws Exception {
        Path config = Files.writeString(dir.resolve("agent.properties"), "device.id=not-an-id\n");
        CliRun run = CliRun.of("keys", "rotate", "--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("device.id");
    }

    @Test
    void signBundle_producesABundleDevicesInstallAndRefuseToRollBack() throws Exception {
        CliRun.of("keys", "generate", "--role", "vendor", "--out", dir.resolve("vendor").toString());
        CliRun.of("keys", "generate", "--role", "backend", "--out", dir.resolve("b1").toString());
        CliRun.of("keys", "generate", "--role", "backend", "--out", dir.resolve("b2").toString());

        assertThat(sign(2, "v2.cbor").exitCode()).isZero();
        assertThat(sign(1, "v1.cbor").exitCode()).isZero();
        TrustStore store = TrustStore.open(dir.resolve("state"), dir.resolve("vendor/vendor-root.pub.pem"));

        assertThat(store.install(Files.readAllBytes(dir.resolve("v2.cbor")))).isInstanceOf(
                TrustStore.Install.Installed.class);
        assertThat(store.install(Files.readAllBytes(dir.resolve("v1.cbor")))).isInstanceOf(
                TrustStore.Install.Refused.class);
        assertThat(sign(3, "v2.cbor").exitCode()).as("never overwrites").isEqualTo(2);
    }

    private CliRun sign(int version, String out) {
        return CliRun.of("keys", "sign-bundle", "--root-key", dir.resolve("vendor/vendor-root.pem").toString(),
                "--version", String.valueOf(version), "--current", dir.resolve("b1/backend-kem.pub.pem").toString(),
                "--next", dir.resolve("b2/backend-kem.pub.pem").toString(), "--not-before", "2027-01-01T00:00:00Z",
                "--out", dir.resolve(out).toString());
    }

    private static String field(String output, String label) {
        return output.lines().filter(l -> l.startsWith(label)).findFirst().orElseThrow()
                .substring(label.length()).strip().split(" ")[0];
    }
}
