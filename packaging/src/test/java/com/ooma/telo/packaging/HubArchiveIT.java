package com.ooma.telo.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub archive as an installer sees it: unpacked with {@code tar}, it holds the jar, the one JVM flags file and
 * the launcher that reads it, and the unit starts the agent through that launcher.
 */
class HubArchiveIT {
    static final Path ARCHIVE = Path.of("target", "telo-agent-hub.tar.gz");
    static final Path FLAGS_SOURCE = Path.of("src", "hub", "jvm.flags");

    @TempDir
    static Path unpacked;
    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        ShellRun tar = ShellRun.of(List.of("tar", "-xzf", ARCHIVE.toAbsolutePath().toString(), "-C",
                unpacked.toString()), unpacked, Map.of());
        assertThat(tar.exitCode()).as("tar: %s", tar.output()).isZero();
        home = unpacked.resolve("telo-agent");
    }

    @Test
    void archive_holdsTheJar_theFlagsFile_anExecutableLauncher_theConfigAndTheUnit() throws IOException {
        assertThat(home.resolve("lib/telo-agent.jar")).isRegularFile();
        assertThat(home.resolve("etc/telo-agent.properties")).isRegularFile();
        assertThat(home.resolve("systemd/telo-agent.service")).isRegularFile();
        assertThat(home.resolve("bin/telo-agent")).isRegularFile().isExecutable();
        assertThat(home.resolve("bin/telo-agent-probe")).isRegularFile().isExecutable();
        assertThat(home.resolve("init.d/telo-agent")).isRegularFile().isExecutable();
        assertThat(home.resolve("systemd/telo-agent-probe.timer")).isRegularFile();
        assertThat(home.resolve("jvm.flags")).hasSameBinaryContentAs(FLAGS_SOURCE);
    }

    @Test
    void unit_startsTheAgentThroughTheLauncher_andSetsNoJvmFlagOfItsOwn() throws IOException {
        List<String> unit = Files.readAllLines(home.resolve("systemd/telo-agent.service"));

        assertThat(unit).contains(
                "ExecStart=/opt/telo-agent/bin/telo-agent run --config /etc/telo/telo-agent.properties");
        assertThat(unit).filteredOn(line -> !line.startsWith("#"))
                .noneMatch(line -> line.contains(" -X") || line.contains(" -D") || line.contains("java "));
    }

    @Test
    void launcher_runsJava_withExactlyTheFlagsOfTheFile_thenTheJar_thenItsArguments() throws Exception {
        Path fakeJavaHome = Files.createDirectories(unpacked.resolve("fake-jdk/bin")).getParent();
        Path fakeJava = fakeJavaHome.resolve("bin/java");
        Files.writeString(fakeJava, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        assertThat(fakeJava.toFile().setExecutable(true)).isTrue();

        ShellRun run = ShellRun.of(List.of(home.resolve("bin/telo-agent").toString(), "run", "--config",
                "/etc/telo/with space.properties"), unpacked, Map.of("JAVA_HOME", fakeJavaHome.toString()));

        List<String> expected = new ArrayList<>(flagsOf(FLAGS_SOURCE));
        expected.addAll(List.of("-jar", home.toRealPath().resolve("lib/telo-agent.jar").toString(),
                "run", "--config", "/etc/telo/with space.properties"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void launcher_withoutJavaHome_prefersTheRuntimeImageInstalledNextToIt() throws Exception {
        Path runtimeJava = Files.createDirectories(home.resolve("runtime/bin")).resolve("java");
        Files.writeString(runtimeJava, "#!/bin/sh\necho runtime-image-java\n");
        assertThat(runtimeJava.toFile().setExecutable(true)).isTrue();
        try {
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/telo-agent").toString(), "--version")
                    .redirectErrorStream(true);
            pb.environment().remove("JAVA_HOME");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(p.waitFor()).isZero();
            assertThat(out).isEqualTo("runtime-image-java\n");
        } finally {
            Files.delete(runtimeJava);
        }
    }

    @Test
    void launcher_startsTheShippedAgentJar_underTheShippedFlags() throws Exception {
        ShellRun help = ShellRun.of(List.of(home.resolve("bin/telo-agent").toString(), "--help"), unpacked,
                Map.of("JAVA_HOME", System.getProperty("java.home")));

        assertThat(help.exitCode()).as(help.output()).isZero();
        assertThat(help.output()).contains("Usage: telo-agent").contains("run").contains("redact");
    }

    @Test
    void version_namesTheProjectVersionAndTheCommitTheJarWasBuiltFrom() throws Exception {
        ShellRun version = ShellRun.of(List.of(home.resolve("bin/telo-agent").toString(), "--version"), unpacked,
                Map.of("JAVA_HOME", System.getProperty("java.home")));

        assertThat(version.exitCode()).as(version.output()).isZero();
        // "unknown" only where the build ran outside a git checkout
        assertThat(version.output().strip())
                .matches("telo-agent \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{12}|unknown)\\)");
    }

    /** The file's flags as its format defines them: every line that is neither blank nor a comment. */
    private static List<String> flagsOf(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
}
