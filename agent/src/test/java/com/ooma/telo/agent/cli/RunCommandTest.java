package com.ooma.telo.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.KeyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} refuses to start on bad input, saying what is wrong, with exit code 2 (75 when it may pass). */
class RunCommandTest {
    @TempDir
    Path dir;

    private Path config(String extra) throws Exception {
        KeyFiles.generateDevice(dir.resolve("dev"));
        KeyFiles.generateBackend(dir.resolve("be"));
        Path f = dir.resolve("agent.properties");
        Files.writeString(f, "device.id=" + KeyFiles.readDeviceId(dir.resolve("dev/device.id")) + "\n"
                + "keys.device_signing=dev/device-signing.pem\nkeys.device_kem=dev/device-kem.pem\n"
                + "keys.backend_public=be/backend-kem.pub.pem\nkeys.backend_command=be/backend-command.pub.pem\n"
                + "ingest.port=0\nstatus.port=0\n" + extra);
        return f;
    }

    @Test
    void unknownConfigKey_exits2_quotingTheKey() throws Exception {
        CliRun r = CliRun.of("run", "--config", config("spool.max_byte=5\n").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("\"spool.max_byte\"");
        assertThat(r.stdout()).doesNotContain("ready");
    }

    @Test
    void badOverride_exits2_quotingTheValue() throws Exception {
        CliRun r = CliRun.of("run", "--config", config("").toString(), "--set", "report.jitter=soon");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("\"report.jitter\"").contains("\"soon\"");
    }

    @Test
    void privateKeyReadableByOthers_exits2_namingTheFile() throws Exception {
        Path cfg = config("");
        Path key = dir.resolve("dev/device-signing.pem");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun r = CliRun.of("run", "--config", cfg.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains(key.toString());
        assertThat(r.stdout()).doesNotContain("ready");
    }

    @Test
    void missingBackendKey_exits2_namingTheFile() throws Exception {
        Path cfg = config("");
        Files.delete(dir.resolve("be/backend-kem.pub.pem"));
        CliRun r = CliRun.of("run", "--config", cfg.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("backend-kem.pub.pem");
    }

    @Test
    void secondAgentOnTheSameStateDir_exits75_insteadOfSharingTheSpool() throws Exception {
        Path cfg = config("state.dir=state\n");
        try (InstanceLock held = InstanceLock.acquire(dir.resolve("state"))) {
            CliRun r = CliRun.of("run", "--config", cfg.toString());
            assertThat(r.exitCode()).as("may pass once the other one stops").isEqualTo(75);
            assertThat(r.stderr()).contains("another agent is already running").contains(dir.resolve("state").toString());
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("state"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("state").resolve(InstanceLock.FILE)))).isEqualTo("rw-------");
    }
}
