package com.ooma.telo.agent.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agent logging set-up: tinylog, JUL (Paho) and SLF4J (Netty, Moquette) all end up redacted. */
class AgentLoggingTest {
    @TempDir
    Path dir;

    @Test
    void configure_routesTinylogJulAndSlf4jThroughTheRedactor() throws Exception {
        Path log = dir.resolve("agent.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LoggingProbe.class.getName(), log.toString())
                .redirectErrorStream(true).start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(console).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
                .as("created owner-only whatever the umask").isEqualTo("rw-------");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("tinylog: call from <PHONE>", "jul: connect from <IP> refused",
                "slf4j: peer <EMAIL> closed");
        assertThat(text + console).doesNotContain("4155550142", "198.51.100.23", "bob@example.net", "0177");
        assertThat(console).contains("jul: connect from <IP> refused");
    }

    @Test
    void configure_afterLoggingStarted_keepsTheRedactingDefaultAndStillBridgesJul() {
        org.tinylog.Logger.debug("first use freezes the configuration");

        AgentLogging.configure(LogTargets.withDefaults(dir.resolve("late.log")), "info");

        assertThat(java.util.logging.Logger.getLogger("").getHandlers())
                .anyMatch(h -> h.getClass().getName().equals("org.tinylog.jul.BridgeHandler"));
        assertThat(java.util.Arrays.asList(org.tinylog.configuration.Configuration.get("writer"),
                org.tinylog.configuration.Configuration.get("writer1"))).contains("redacting");
    }

    @Test
    void properties_rejectUnknownLevelQuotingIt() {
        assertThatThrownBy(() -> AgentLogging.properties(LogTargets.withDefaults(null), "verbose"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"verbose\"");
    }

    @Test
    void properties_fileWriterOnlyWhenAFileIsGiven() {
        assertThat(AgentLogging.properties(LogTargets.withDefaults(null), "WARN"))
                .containsEntry("writer1", "redacting").containsEntry("writer1.level", "warn")
                .doesNotContainKey("writer2");
        assertThat(AgentLogging.properties(LogTargets.withDefaults(dir.resolve("a.log")), "info"))
                .containsEntry("writer2.file", dir.resolve("a.log").toString())
                .containsEntry("writer2.max_bytes", "1048576").containsEntry("writer2.files", "3");
    }

    @Test
    void properties_stderrOffWithAFile_writesTheFileOnly_butWithoutAFileStderrStays() {
        Path file = dir.resolve("a.log");
        assertThat(AgentLogging.properties(new LogTargets(Optional.of(file), 65_536, 2, false), "info"))
                .doesNotContainKey("writer1").containsEntry("writer2.file", file.toString())
                .containsEntry("writer2.max_bytes", "65536").containsEntry("writer2.files", "2");
        assertThat(AgentLogging.properties(new LogTargets(Optional.empty(), 65_536, 2, false), "info"))
                .containsEntry("writer1", "redacting").doesNotContainKey("writer2");
    }

    /**
     * In a fresh JVM with the agent's logging: each line is in the file as soon as the logging call returns (read
     * while tinylog still runs, polling in case a writing thread is ever configured), redacted, in a file created
     * 0600 whatever the umask, and still there after a {@code kill -9}.
     */
    @Test
    void aLoggedLine_isInTheFileAtOnce_redacted_ownerOnly_andSurvivesKill9() throws Exception {
        Path log = dir.resolve("agent.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LoggingProbe.class.getName(), "--hold", log.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("logged");

            String text = awaitContent(log, "slf4j: peer <EMAIL> closed");
            assertThat(text).contains("tinylog: call from <PHONE>", "jul: connect from <IP> refused")
                    .doesNotContain("4155550142", "415 555 0142", "198.51.100.23", "bob@example.net");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");

            p.destroyForcibly(); // SIGKILL: no shutdown hook, no flush at exit
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).isEqualTo(text);
        } finally {
            p.destroyForcibly();
        }
    }

    /** Polls {@code file} for {@code needle} for at most 10 s; returns the file's text once it holds it. */
    private static String awaitContent(Path file, String needle) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (text.contains(needle)) {
                return text;
            }
            assertThat(System.nanoTime()).as("%s to hold \"%s\"; it holds: %s", file, needle, text)
                    .isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
