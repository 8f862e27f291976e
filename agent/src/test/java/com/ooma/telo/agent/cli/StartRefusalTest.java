package com.ooma.telo.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.KeyFiles;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configurations that used to start but should not (issue 9, item 5) now stop the start with one line naming the
 * problem and exit 2; a failure that may pass exits 75, so the service manager tries again. (A damaged state file no
 * longer stops the start: UpgradeTest.) What the user sees is the exit status and the line on stderr, so that is what is asserted.
 */
class StartRefusalTest {
    @TempDir
    Path dir;

    private CliRun run(String extra, String... sets) throws Exception {
        Path cfg = RunFixture.config(dir, extra);
        String[] args = new String[3 + 2 * sets.length];
        args[0] = "run";
        args[1] = "--config";
        args[2] = cfg.toString();
        for (int i = 0; i < sets.length; i++) {
            args[3 + 2 * i] = "--set";
            args[4 + 2 * i] = sets[i];
        }
        return CliRun.of(args);
    }

    private static void assertRefused(CliRun r, int code, String... named) {
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(code);
        assertThat(r.stderr().lines()).as("exactly one line").hasSize(1);
        assertThat(r.stderr()).contains(named);
        assertThat(r.stdout()).doesNotContain("ready");
    }

    @Test
    void logFileInAMissingFolder_exits2_namingTheFolder() throws Exception {
        CliRun r = run("log.file=no-such-folder/agent.log\n");
        assertRefused(r, 2, "\"log.file\"", dir.resolve("no-such-folder").toString(), "does not exist");
        assertThat(r.stderr()).doesNotContain("LOGGER ERROR");
    }

    @Test
    void logFileNamingAFolder_exits2() throws Exception {
        Files.createDirectories(dir.resolve("logs"));
        assertRefused(run("log.file=logs\n"), 2, "\"log.file\"", "names a folder");
    }

    @Test
    void brokerPortOutsideTheRange_exits2() throws Exception {
        assertRefused(run("", "publish.broker=tcp://127.0.0.1:0"), 2, "\"publish.broker\"", "outside 1..65535");
        assertRefused(run("", "publish.broker=ssl://broker.example:65536"), 2, "outside 1..65535");
        assertRefused(run("", "publish.broker=tcp://broker.example:99999999999"), 2, "outside 1..65535");
    }

    @Test
    void brokerWithUserAndPassword_exits2_withoutPrintingThePassword() throws Exception {
        CliRun r = run("publish.broker=ssl://telo:hunter2@broker.example:8883\n");
        assertRefused(r, 2, "\"publish.broker\"", "user info");
        assertThat(r.stderr()).doesNotContain("hunter2").doesNotContain("telo:");

        CliRun malformed = run("", "publish.broker=ssl://telo:hunter2@");
        assertRefused(malformed, 2, "\"publish.broker\"");
        assertThat(malformed.stderr()).doesNotContain("hunter2");
    }

    @Test
    void pemFileHoldingTwoKeys_exits2_namingTheFile() throws Exception {
        Path cfg = RunFixture.config(dir, "");
        KeyFiles.generateDevice(dir.resolve("other"));
        Path key = dir.resolve("dev/device-signing.pem");
        Files.write(key, Files.readAllBytes(dir.resolve("other/device-signing.pem")),
                java.nio.file.StandardOpenOption.APPEND);

        CliRun r = CliRun.of("run", "--config", cfg.toString());

        assertRefused(r, 2, key.toString(), "more than one PEM block");
        assertThat(r.stderr()).doesNotContain("PRIVATE KEY-----");
    }

    @Test
    void placeholderDeviceId_exits2() throws Exception {
        assertRefused(run("", "device.id=" + "0".repeat(32)), 2, "\"device.id\"", "placeholder");
    }

    @Test
    void portInUse_exits75_namingThePort_soTheServiceManagerRetries() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun r = run("", "ingest.port=" + taken.getLocalPort());
            assertRefused(r, 75, "127.0.0.1:" + taken.getLocalPort(), "cannot start for now");
        }
    }
}
