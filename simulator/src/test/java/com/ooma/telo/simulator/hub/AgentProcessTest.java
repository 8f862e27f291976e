package com.ooma.telo.simulator.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator starts its child agents exactly as the hub's service does: with the flags of the one flags file. */
class AgentProcessTest {
    @TempDir
    Path run;

    @Test
    void launch_startsTheChildJvm_withExactlyTheFlagsOfTheHubFlagsFile() throws Exception {
        List<String> fromFile = JvmFlags.read(Path.of(System.getProperty(JvmFlags.PROPERTY))).flags();
        AgentSettings settings = AgentSettings.forDemo("00112233445566778899aabbccddeeff", ZoneId.of("UTC"),
                run.resolve("k1.pem"), run.resolve("k2.pem"), run.resolve("k3.pub.pem"), "tcp://127.0.0.1:1", run);

        try (AgentProcess agent = AgentProcess.launch(settings, run, Duration.ofSeconds(60),
                FlagEchoAgent.class.getName())) {
            List<String> jvm = Files.readAllLines(run.resolve(FlagEchoAgent.JVM_FLAGS_FILE), StandardCharsets.UTF_8);
            List<String> arguments = Files.readAllLines(run.resolve(FlagEchoAgent.ARGUMENTS_FILE),
                    StandardCharsets.UTF_8);
            agent.stop(Duration.ofSeconds(10));

            assertThat(fromFile).anyMatch(flag -> flag.startsWith("-Xmx"));
            assertThat(jvm).as("the child's JVM flags, apart from the temp folder that keeps its files in the run")
                    .filteredOn(flag -> !flag.startsWith("-Djava.io.tmpdir="))
                    .containsExactlyElementsOf(fromFile);
            assertThat(jvm).contains("-Djava.io.tmpdir=" + run.resolve("tmp").toAbsolutePath());
            assertThat(arguments).containsExactly("run", "--config", run.resolve("agent.properties").toString());
        }
    }
}
