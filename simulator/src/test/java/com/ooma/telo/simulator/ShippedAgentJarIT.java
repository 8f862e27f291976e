package com.ooma.telo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The demo against the agent exactly as shipped, {@code java -jar agent/target/telo-agent.jar}: proves the shaded jar
 * (manifest, merged service files, tinylog and the redacting writer, Paho, Netty, BouncyCastle) works on its own.
 */
class ShippedAgentJarIT {
    private static final Path AGENT_JAR = Path.of("../agent/target/telo-agent.jar");

    @Test
    void demo_passesAgainstTheShippedAgentJar() {
        assertThat(AGENT_JAR).as("built by the agent module's package phase").exists();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TeloSimulator.newCommandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("demo", "--agent-jar", AGENT_JAR.toString());

        assertThat(code).as("demo output:\n%s\n%s", out, err).isZero();
        assertThat(out.toString()).containsPattern(
                "summary: calls played=(\\d+) calls counted=\\1 reports received=[1-9]\\d* personal items found=0");
        assertThat(Files.isRegularFile(AGENT_JAR)).isTrue();
    }
}
