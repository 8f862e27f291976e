package com.ooma.telo.agent.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

        AgentLogging.configure(dir.resolve("late.log"), "info");

        assertThat(java.util.logging.Logger.getLogger("").getHandlers())
                .anyMatch(h -> h.getClass().getName().equals("org.tinylog.jul.BridgeHandler"));
        assertThat(java.util.Arrays.asList(org.tinylog.configuration.Configuration.get("writer"),
                org.tinylog.configuration.Configuration.get("writer1"))).contains("redacting");
    }

    @Test
    void properties_rejectUnknownLevelQuotingIt() {
        assertThatThrownBy(() -> AgentLogging.properties(null, "verbose"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"verbose\"");
    }

    @Test
    void properties_fileWriterOnlyWhenAFileIsGiven() {
        assertThat(AgentLogging.properties(null, "WARN")).containsEntry("writer1", "redacting")
                .containsEntry("writer1.level", "warn").doesNotContainKey("writer2");
        assertThat(AgentLogging.properties(dir.resolve("a.log"), "info"))
                .containsEntry("writer2.file", dir.resolve("a.log").toString());
    }
}
