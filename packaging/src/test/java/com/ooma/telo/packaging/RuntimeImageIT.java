package com.ooma.telo.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime-image tarball (profile "image"): unpacked into {@code ROOT/opt} as docs/install.md says, it holds a
 * jlink runtime with only the modules the agent uses, plus jdk.crypto.ec, which TLS needs and jdeps cannot see; the
 * launcher runs the agent on it with no Java installed; and on it the agent delivers a report over mutual TLS 1.3
 * to Mosquitto ({@link HubScenario}), which fails without jdk.crypto.ec.
 */
class RuntimeImageIT {
    /** The image's modules: those the pom lists and what they require. */
    static final Set<String> MODULES = Set.of("java.base", "java.logging", "java.management", "java.naming",
            "java.prefs", "java.security.sasl", "java.sql", "java.transaction.xa", "java.xml", "jdk.crypto.ec",
            "jdk.unsupported");

    @TempDir
    static Path root;
    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path tarball;
        try (var files = Files.list(Path.of("target"))) {
            tarball = files.filter(p -> p.getFileName().toString().matches("telo-agent-image-linux-.+\\.tar\\.gz"))
                    .findFirst().orElseThrow(() -> new AssertionError("mvn -P image package builds the tarball"))
                    .toAbsolutePath();
        }
        Path opt = Files.createDirectories(root.resolve("opt"));
        ShellRun tar = ShellRun.of(List.of("tar", "-xzf", tarball.toString(), "-C", opt.toString()), root, Map.of());
        assertThat(tar.exitCode()).as(tar.output()).isZero();
        home = opt.resolve("telo-agent");
        Files.createDirectories(root.resolve("etc/telo"));
        Files.copy(home.resolve("etc/telo-agent.properties"), root.resolve("etc/telo/telo-agent.properties"));
    }

    @Test
    void image_holdsOnlyTheAgentsModules_andTheEcProviderTlsNeeds() throws Exception {
        ShellRun list = ShellRun.of(List.of(home.resolve("runtime/bin/java").toString(), "--list-modules"), root,
                Map.of());

        assertThat(list.exitCode()).as(list.output()).isZero();
        assertThat(list.lines().stream().map(l -> l.replaceAll("@.*", "")).toList())
                .containsExactlyInAnyOrderElementsOf(MODULES);
    }

    @Test
    void everyModuleJdepsFinds_isInTheImage_butJavaDesktop() throws Exception {
        ShellRun jdeps = ShellRun.of(List.of(Path.of(System.getProperty("java.home"), "bin", "jdeps").toString(),
                "--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                home.resolve("lib/telo-agent.jar").toString()), root, Map.of());

        assertThat(jdeps.exitCode()).as(jdeps.output()).isZero();
        Set<String> needed = new TreeSet<>(Arrays.asList(jdeps.lines().get(jdeps.lines().size() - 1).split(",")));
        // java.desktop: only Jackson's optional java.beans support, which it skips when the module is absent.
        needed.remove("java.desktop");
        assertThat(MODULES).containsAll(needed);
    }

    @Test
    void launcher_runsTheAgentOnTheImage_withNoJavaHome() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/telo-agent").toString(), "--help")
                .redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("PATH", "/usr/bin:/bin");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());

        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("Usage: telo-agent");
    }

    @Test
    void onTheImage_theAgentDeliversAReport_overMutualTls13() throws Exception {
        HubScenario.Outcome run = HubScenario.run(root, null, Files.createDirectories(root.resolve("work")));

        assertThat(run.javaCommand()).as("the JVM the launcher started")
                .isEqualTo(home.resolve("runtime/bin/java").toString());
        assertThat(run.decoded()).contains("\"payload\"").contains(run.deviceId());
        assertThat(run.exitCode()).as(run.output()).isZero();
    }
}
