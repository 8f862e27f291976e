package com.ooma.telo.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.KeyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --config}: the start's checks without starting; names each problem, writes nothing. */
class CheckCommandTest {
    @TempDir
    Path dir;
    Path config;

    @BeforeEach
    void provisioned() throws Exception {
        KeyFiles.generateDevice(dir.resolve("keys"));
        KeyFiles.generateBackend(dir.resolve("be"));
        config = Files.writeString(dir.resolve("agent.properties"), "keys.device_signing=keys/device-signing.pem\n"
                + "keys.device_kem=keys/device-kem.pem\nkeys.backend_public=be/backend-kem.pub.pem\n"
                + "keys.backend_command=be/backend-command.pub.pem\nstate.dir=state\nspool.dir=spool\n"
                + "publish.broker=tcp://broker.example.invalid:1883\n");
    }

    @Test
    void aProvisionedHub_isFitToStart_andNothingIsWritten_norTheBrokerContacted() throws Exception {
        CliRun run = CliRun.of("check", "--config", config.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("device id " + KeyFiles.readDeviceId(dir.resolve("keys/device.id")))
                .contains("keys.device_signing").contains("(not contacted)").contains("ok: fit to start");
        assertThat(dir.resolve("state")).doesNotExist();
        assertThat(dir.resolve("spool")).doesNotExist();
    }

    @Test
    void everyProblem_isNamed_andExits2() throws Exception {
        Files.setPosixFilePermissions(dir.resolve("keys/device-kem.pem"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.delete(dir.resolve("be/backend-command.pub.pem"));

        CliRun run = CliRun.of("check", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("keys.device_kem").contains("device-kem.pem").contains("0644")
                .contains("keys.backend_command").contains("backend-command.pub.pem");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void aKeyOfTheWrongKind_isNamed() throws Exception {
        CliRun run = CliRun.of("check", "--config", config.toString(),
                "--set", "keys.backend_public=" + dir.resolve("be/backend-command.pub.pem"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("keys.backend_public").contains("expected an X25519 public key");
    }

    @Test
    void aBadConfig_exits2_quotingIt() {
        CliRun run = CliRun.of("check", "--config", config.toString(), "--set", "consent.level=most");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("\"consent.level\"").contains("\"most\"");
    }

    @Test
    void keysTheServiceUserDoesNotOwn_areNamed_withTheFix() throws Exception {
        String me = Files.getOwner(dir.resolve("keys/device-signing.pem")).getName();

        CliRun mine = CliRun.of("check", "--config", config.toString(), "--user", me);
        CliRun theirs = CliRun.of("check", "--config", config.toString(), "--user", "telo-not-me");

        assertThat(mine.exitCode()).as(mine.stderr()).isZero();
        assertThat(theirs.exitCode()).isEqualTo(2);
        assertThat(theirs.stderr()).contains("device-signing.pem belongs to " + me + ", not telo-not-me")
                .contains("keys generate --owner telo-not-me");
    }
}
