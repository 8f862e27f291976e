package com.ooma.telo.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `keys generate` and `keys show` as an operator runs them. */
class KeysCommandTest {
    @TempDir
    Path dir;

    @Test
    void generateDevice_writesKeySetAndPrintsDeviceId() throws Exception {
        CliRun run = CliRun.of("keys", "generate", "--role", "device", "--out", dir.toString());

        assertThat(run.exitCode()).isZero();
        String id = Files.readString(dir.resolve("device.id")).strip();
        assertThat(run.stdout()).contains("device id " + id).contains(dir.resolve("enrolment.json").toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("device-signing.pem"))))
                .isEqualTo("rw-------");
        assertThat(dir.resolve("device-kem.pub.pem")).exists();
    }

    @Test
    void generateBackend_refusesToOverwriteAndKeepsExistingKeys() throws Exception {
        assertThat(CliRun.of("keys", "generate", "--role", "backend", "--out", dir.toString()).exitCode()).isZero();
        String before = Files.readString(dir.resolve("backend-kem.pem"));

        CliRun again = CliRun.of("keys", "generate", "--role", "backend", "--out", dir.toString());

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).contains("refusing to overwrite").contains("backend-kem.pem");
        assertThat(Files.readString(dir.resolve("backend-kem.pem"))).isEqualTo(before);
    }

    @Test
    void generate_withOwner_givesTheFolderAndEveryFileToThatUser() throws Exception {
        boolean root = "root".equals(Files.getOwner(dir).getName());
        // As root (a hub's provisioning), to another account; as anyone else, to themselves (all a non-root may).
        String owner = root ? "nobody" : System.getProperty("user.name");
        Path keys = dir.resolve("keys");

        CliRun run = CliRun.of("keys", "generate", "--role", "device", "--out", keys.toString(), "--owner", owner);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(Files.getOwner(keys).getName()).isEqualTo(owner);
        try (var files = Files.list(keys)) {
            assertThat(files.toList()).hasSize(6).allSatisfy(f -> assertThat(owner(f)).isEqualTo(owner));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("device-kem.pem"))))
                .isEqualTo("rw-------");
    }

    @Test
    void generate_withAnUnknownOwner_writesNothing() throws Exception {
        Path keys = dir.resolve("keys");

        CliRun run = CliRun.of("keys", "generate", "--role", "device", "--out", keys.toString(),
                "--owner", "no-such-user-telo");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("no such user 'no-such-user-telo'");
        assertThat(keys).doesNotExist();
    }

    private static String owner(Path file) {
        try {
            return Files.getOwner(file).getName();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void generate_withoutRoleIsUsageError() {
        CliRun run = CliRun.of("keys", "generate", "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--role");
    }

    @Test
    void show_printsSameKidForPrivateAndPublicFileAndNoPrivateMaterial() throws Exception {
        CliRun.of("keys", "generate", "--role", "backend", "--out", dir.toString());
        Path priv = dir.resolve("backend-command.pem");

        CliRun showPriv = CliRun.of("keys", "show", priv.toString());
        CliRun showPub = CliRun.of("keys", "show", dir.resolve("backend-command.pub.pem").toString());

        assertThat(showPriv.exitCode()).isZero();
        assertThat(showPriv.stdout()).contains("Ed25519 private key");
        assertThat(showPub.stdout()).contains("Ed25519 public key");
        assertThat(kid(showPriv.stdout())).matches("[0-9a-f]{8}").isEqualTo(kid(showPub.stdout()));
        String body = Files.readString(priv).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(body);
        String rawPrivateHex = java.util.HexFormat.of().formatHex(der, der.length - 32, der.length);
        assertThat(showPriv.stdout()).doesNotContain(body).doesNotContain(rawPrivateHex)
                .doesNotContainIgnoringCase(rawPrivateHex.substring(0, 16));
    }

    @Test
    void show_refusesPrivateKeyReadableByOthersNamingFileAndMode() throws Exception {
        CliRun.of("keys", "generate", "--role", "backend", "--out", dir.toString());
        Path priv = dir.resolve("backend-kem.pem");
        Files.setPosixFilePermissions(priv, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun run = CliRun.of("keys", "show", priv.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains(priv.toString()).contains("0644");
        assertThat(run.stdout()).isEmpty();
    }

    private static String kid(String showOutput) {
        return showOutput.lines().filter(l -> l.startsWith("kid:")).findFirst().orElseThrow()
                .substring("kid:".length()).strip();
    }
}
