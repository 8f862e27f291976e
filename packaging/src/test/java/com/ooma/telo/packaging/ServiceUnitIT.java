package com.ooma.telo.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd unit as {@code systemd-analyze security --offline=yes} rates it (2.0 or lower), and the settings the
 * hub needs from it, which a lower score alone would not guarantee.
 */
class ServiceUnitIT {
    static final Path UNIT = Path.of("src", "hub", "systemd", "telo-agent.service");
    static final double MAX_EXPOSURE = 2.0;
    private static final Pattern OVERALL = Pattern.compile("Overall exposure level for telo-agent\\.service: ([0-9.]+)");

    @TempDir
    Path dir;

    @Test
    void systemdAnalyzeSecurity_ratesTheUnit_2_0_orLower() throws Exception {
        Path analyze = HostTools.require("systemd-analyze", "systemd");
        Path unit = Files.copy(UNIT, dir.resolve("telo-agent.service"));

        ShellRun run = ShellRun.of(List.of(analyze.toString(), "security", "--offline=yes", "--no-pager",
                unit.toString()), dir, Map.of("SYSTEMD_COLORS", "0"));

        Matcher m = OVERALL.matcher(run.output());
        assertThat(m.find()).as("systemd-analyze printed no overall level:%n%s", run.output()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as(run.output()).isLessThanOrEqualTo(MAX_EXPOSURE);
    }

    @Test
    void unit_sandboxesTheAgent_butLeavesTheJitItsWritableCode() throws IOException {
        List<String> settings = settings(UNIT);

        assertThat(settings).contains("User=telo", "CapabilityBoundingSet=", "SystemCallFilter=@system-service",
                "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX", "PrivateDevices=true",
                "ProtectKernelTunables=true", "ProtectKernelModules=true", "ProtectKernelLogs=true",
                "ProtectControlGroups=true", "NoNewPrivileges=true", "ProtectSystem=strict");
        assertThat(settings).noneMatch(s -> s.startsWith("MemoryDenyWriteExecute="));
    }

    @Test
    void unit_boundsMemory_yieldsCpuAndDisk_andOwnsItsFolders() throws IOException {
        List<String> settings = settings(UNIT);

        assertThat(settings).anyMatch(s -> s.startsWith("MemoryMax="));
        assertThat(settings).contains("Nice=10", "IOSchedulingClass=idle", "StateDirectory=telo",
                "LogsDirectory=telo");
        assertThat(settings).filteredOn(s -> s.startsWith("ReadWritePaths="))
                .singleElement().satisfies(s -> assertThat(s.substring("ReadWritePaths=".length()).split(" "))
                        .allMatch(p -> p.startsWith("-/")));
    }

    @Test
    void unit_waitsForProvisioning_andDoesNotRestartOnABadConfig() throws IOException {
        List<String> settings = settings(UNIT);

        assertThat(settings).contains("ConditionPathExists=/var/lib/telo/keys/device-signing.pem",
                "ConditionPathExists=/var/lib/telo/keys/device-kem.pem", "RestartPreventExitStatus=2 65",
                "Restart=on-failure");
    }

    @Test
    void liveness_isATimerThatProbesTheStatusPage_andStopsWithTheAgent() throws IOException {
        Path systemd = UNIT.getParent();

        assertThat(settings(UNIT)).contains("Wants=network-online.target telo-agent-probe.timer");
        assertThat(settings(systemd.resolve("telo-agent-probe.timer"))).contains("PartOf=telo-agent.service",
                "OnUnitActiveSec=1min");
        assertThat(settings(systemd.resolve("telo-agent-probe.service")))
                .contains("ExecStart=/opt/telo-agent/bin/telo-agent-probe", "Type=oneshot");
    }

    /** The unit's lines that are settings (not comments, sections or blank). */
    static List<String> settings(Path unit) throws IOException {
        return Files.readAllLines(unit).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("[")).toList();
    }
}
