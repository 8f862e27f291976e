package com.ooma.telo.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian package as {@code dpkg-deb} reads it: its fields, its files and their modes, the config as a conffile,
 * no logrotate rule; and its maintainer scripts run against a scratch root ({@code DPKG_ROOT}) with stubs for
 * {@code systemctl} and friends that log what they are asked: enabled at boot, started only when provisioned,
 * stopped before removal, nothing started without systemd.
 */
class DebPackageIT {
    static Path dpkgDeb;
    static Path deb;
    @TempDir
    static Path control;

    @TempDir
    Path root;
    Path stubs;
    Path calls;

    @BeforeAll
    static void readThePackage() throws Exception {
        dpkgDeb = HostTools.require("dpkg-deb", "dpkg");
        deb = DebPackage.built();
        DebPackage.dpkgDeb(dpkgDeb, control, "-e", deb.toString(), control.resolve("DEBIAN").toString());
    }

    @Test
    void fields_nameAnArchitectureIndependentPackage_thatNeedsAJava17Runtime() throws Exception {
        String info = DebPackage.dpkgDeb(dpkgDeb, control, "-I", deb.toString());

        assertThat(info).contains(" Package: telo-agent\n", " Architecture: all\n",
                " Depends: java-runtime-headless (>= 17) | java17-runtime-headless, adduser\n");
        assertThat(info).containsPattern(" Version: 0\\.1\\.0~\\d{14}\\n|Version: \\d+\\.\\d+\\.\\d+\\n");
    }

    @Test
    void contents_holdTheAgentUnderOptTheConfigUnderEtcTheUnitsAndTheUser_andNoLogrotateRule() throws Exception {
        List<String> listing = DebPackage.dpkgDeb(dpkgDeb, control, "-c", deb.toString()).lines().toList();

        assertThat(listing).anyMatch(l -> l.startsWith("-rw-r--r-- root/root") && l.endsWith(
                " ./opt/telo-agent/lib/telo-agent.jar"));
        assertThat(listing).anyMatch(l -> l.startsWith("-rw-r--r-- root/root") && l.endsWith(
                " ./opt/telo-agent/jvm.flags"));
        assertThat(listing).anyMatch(l -> l.startsWith("-rwxr-xr-x root/root") && l.endsWith(
                " ./opt/telo-agent/bin/telo-agent"));
        assertThat(listing).anyMatch(l -> l.startsWith("-rwxr-xr-x root/root") && l.endsWith(
                " ./opt/telo-agent/bin/telo-agent-probe"));
        assertThat(listing).anyMatch(l -> l.endsWith(" ./etc/telo/telo-agent.properties"));
        assertThat(listing).anyMatch(l -> l.startsWith("-rwxr-xr-x root/root") && l.endsWith(
                " ./etc/init.d/telo-agent"));
        for (String unit : List.of("telo-agent.service", "telo-agent-probe.service", "telo-agent-probe.timer")) {
            assertThat(listing).anyMatch(l -> l.endsWith(" ./usr/lib/systemd/system/" + unit));
        }
        assertThat(listing).anyMatch(l -> l.endsWith(" ./usr/lib/sysusers.d/telo-agent.conf"));
        assertThat(listing).anyMatch(l -> l.endsWith(" ./usr/lib/tmpfiles.d/telo-agent.conf"));
        assertThat(listing).anyMatch(l -> l.endsWith(" ./usr/bin/telo-agent -> /opt/telo-agent/bin/telo-agent"));
        assertThat(listing).noneMatch(l -> l.contains("logrotate"));
        assertThat(listing).as("the package ships no key, state or log: those are the hub's")
                .noneMatch(l -> l.contains("/var/"));
    }

    @Test
    void config_isAConffile_soAnUpgradeKeepsTheHubsEdits() throws IOException {
        assertThat(Files.readAllLines(control.resolve("DEBIAN/conffiles")))
                .containsExactlyInAnyOrder("/etc/telo/telo-agent.properties", "/etc/init.d/telo-agent");
    }

    @Test
    void theUser_isASystemUserOwningItsFolders() throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        DebPackage.extract(dpkgDeb, deb, data);

        assertThat(Files.readString(data.resolve("usr/lib/sysusers.d/telo-agent.conf")))
                .contains("u telo - \"Telo telemetry agent\" /var/lib/telo");
        assertThat(Files.readAllLines(data.resolve("usr/lib/tmpfiles.d/telo-agent.conf")))
                .contains("d /var/lib/telo      0700 telo telo -", "d /var/log/telo      0700 telo telo -");
    }

    @BeforeEach
    void stubTheSystem() throws IOException {
        stubs = Files.createDirectories(root.resolve("stubs"));
        calls = root.resolve("calls.log");
        for (String tool : List.of("systemctl", "deb-systemd-helper", "chown", "getent", "adduser",
                "systemd-sysusers", "update-rc.d", "invoke-rc.d")) {
            Path stub = stubs.resolve(tool);
            Files.writeString(stub, "#!/bin/sh\necho \"" + tool + " $*\" >> '" + calls + "'\nexit 0\n");
            assertThat(stub.toFile().setExecutable(true)).isTrue();
        }
    }

    @Test
    void postinst_onAnUnprovisionedHub_enablesTheService_butStartsNothing() throws Exception {
        Files.createDirectories(root.resolve("run/systemd/system"));

        ShellRun run = script("postinst", "configure");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("not provisioned");
        assertThat(calls()).contains("deb-systemd-helper enable telo-agent.service", "systemctl daemon-reload")
                .noneMatch(c -> c.contains("start"));
        for (String d : List.of("var/lib/telo", "var/lib/telo/keys", "var/log/telo")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(d))))
                    .as(d).isEqualTo("rwx------");
            assertThat(calls()).contains("chown telo:telo " + root.resolve(d));
        }
    }

    @Test
    void postinst_onAProvisionedHub_restartsTheService() throws Exception {
        Files.createDirectories(root.resolve("run/systemd/system"));
        Path keys = Files.createDirectories(root.resolve("var/lib/telo/keys"));
        Files.writeString(keys.resolve("device-signing.pem"), "stand-in");
        Files.writeString(keys.resolve("device-kem.pem"), "stand-in");

        ShellRun run = script("postinst", "configure", "0.0.9");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(calls()).contains("systemctl restart telo-agent.service");
        assertThat(Files.readString(keys.resolve("device-signing.pem"))).as("keys untouched").isEqualTo("stand-in");
    }

    @Test
    void postinst_withoutSystemdAsPid1_startsNothing() throws Exception {
        Path keys = Files.createDirectories(root.resolve("var/lib/telo/keys"));
        Files.writeString(keys.resolve("device-signing.pem"), "stand-in");
        Files.writeString(keys.resolve("device-kem.pem"), "stand-in");

        ShellRun run = script("postinst", "configure");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(calls()).noneMatch(c -> c.startsWith("systemctl") || c.startsWith("invoke-rc.d"));
    }

    @Test
    void postinst_addsTheUser_onlyWhenItIsMissing() throws Exception {
        Files.writeString(stubs.resolve("getent"), "#!/bin/sh\nexit 2\n");

        ShellRun run = script("postinst", "configure");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(calls()).contains("systemd-sysusers telo-agent.conf");
    }

    @Test
    void prerm_stopsTheAgentAndItsProbe_beforeRemovalAndUpgrade() throws Exception {
        Files.createDirectories(root.resolve("run/systemd/system"));

        assertThat(script("prerm", "remove").exitCode()).isZero();
        assertThat(script("prerm", "upgrade", "0.2.0").exitCode()).isZero();

        assertThat(calls()).containsExactly("systemctl stop telo-agent-probe.timer telo-agent.service",
                "systemctl stop telo-agent-probe.timer telo-agent.service");
    }

    @Test
    void postrmPurge_removesTheLogs_butKeepsTheHubsKeysStateAndSpool() throws Exception {
        Files.createDirectories(root.resolve("var/log/telo"));
        Path keys = Files.createDirectories(root.resolve("var/lib/telo/keys"));

        ShellRun run = script("postrm", "purge");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(root.resolve("var/log/telo")).doesNotExist();
        assertThat(keys).isDirectory();
        assertThat(calls()).contains("deb-systemd-helper purge telo-agent.service");
    }

    private ShellRun script(String name, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/sh",
                control.resolve("DEBIAN").resolve(name).toString()));
        command.addAll(List.of(args));
        return ShellRun.of(command, root, Map.of("DPKG_ROOT", root.toString(),
                "PATH", stubs + ":/usr/sbin:/usr/bin:/sbin:/bin"));
    }

    private List<String> calls() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }
}
