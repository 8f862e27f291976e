package com.ooma.telo.simulator.hil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.simulator.play.HubScripts;
import com.ooma.telo.simulator.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hil run itself, against a stand-in agent that writes every caller name it sees into its log. */
class HilRunTest {

    @TempDir
    Path out;

    @Test
    void leakyAgent_isCaughtByItsCanaryNameAndTheRunFails() throws Exception {
        StringWriter text = new StringWriter();
        int code = new HilRun(new HilOptions("normal-week", 1, 3, 1, out, Duration.ofSeconds(30)),
                new PrintWriter(text, true), "com.ooma.telo.simulator.demo.LeakyStandInAgent").run();
        assertThat(code).as(text.toString()).isEqualTo(1);
        String canaryName = HubScripts.write(ScenarioLoader.builtIn("normal-week").withDays(1), 3, 0).canaries()
                .callerIdName();
        assertThat(text.toString()).contains("hil: hub 0 leak: item ").contains("in file (agent/agent.log)")
                .as("findings print tags, never the values").doesNotContainIgnoringCase(canaryName);
        JsonNode hub = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("results").get(0);
        assertThat(hub.path("leaks").size()).isPositive();
        assertThat(hub.path("problems").toString()).contains("finding(s) of played personal data or canaries");
    }
}
