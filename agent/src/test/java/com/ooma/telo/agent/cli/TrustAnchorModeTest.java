package com.ooma.telo.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.KeyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public keys the agent believes (issue 9, item 6): when whoever is not the owner could write the key file or
 * its folder, they could swap the key that authorises commands or that reports are sealed to, so {@code run}
 * refuses with exit 2 and one line naming the file or folder and its mode.
 */
class TrustAnchorModeTest {
    @TempDir
    Path dir;
    private Path cfg;

    @BeforeEach
    void provision() throws Exception {
        KeyFiles.generateVendorRoot(dir.resolve("vendor"));
        cfg = RunFixture.config(dir, "keys.trust_root=vendor/vendor-root.pub.pem\nstate.dir=state\n");
    }

    private CliRun run() {
        return CliRun.of("run", "--config", cfg.toString());
    }

    private static void assertRefused(CliRun r, String... named) {
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
        assertThat(r.stderr().lines()).hasSize(1);
        assertThat(r.stderr()).contains(named);
        assertThat(r.stdout()).doesNotContain("ready");
    }

    @ParameterizedTest
    @ValueSource(strings = {"be/backend-command.pub.pem", "be/backend-kem.pub.pem", "vendor/vendor-root.pub.pem"})
    void anchorWritableByGroup_exits2_namingFileAndMode(String anchor) throws Exception {
        Path key = dir.resolve(anchor);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-rw-r--"));

        assertRefused(run(), key.toString(), "writable by group or others", "0664");
        assertThat(dir.resolve("state/boot-epoch")).as("refused before touching state").doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"be/backend-command.pub.pem", "be/backend-kem.pub.pem", "vendor/vendor-root.pub.pem"})
    void anchorWritableByOthers_exits2(String anchor) throws Exception {
        Path key = dir.resolve(anchor);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--rw-"));

        assertRefused(run(), key.toString(), "0646");
    }

    @ParameterizedTest
    @ValueSource(strings = {"be", "vendor"})
    void anchorFolderWritableByGroupOrOthers_exits2_namingTheFolder(String folder) throws Exception {
        Files.setPosixFilePermissions(dir.resolve(folder), PosixFilePermissions.fromString("rwxrwxrwx"));

        assertRefused(run(), "folder '" + dir.resolve(folder) + "'", "0777");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "r--r-----", "rw-------"})
    void anchorOnlyItsOwnerCanWrite_passesTheCheck(String mode) throws Exception {
        Path key = dir.resolve("be/backend-command.pub.pem");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString(mode));
        Files.setPosixFilePermissions(dir.resolve("be"), PosixFilePermissions.fromString("rwxr-xr-x"));

        KeyFiles.requireTrustAnchor(key); // does not throw
    }

    @Test
    void linkInASafeFolderToAKeyInAWritableOne_exits2() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path real = Files.move(dir.resolve("be/backend-command.pub.pem"), shared.resolve("backend-command.pub.pem"));
        Files.createSymbolicLink(dir.resolve("be/backend-command.pub.pem"), real);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxr-x"));

        assertRefused(run(), "folder '" + shared + "'", "0775");
    }
}
