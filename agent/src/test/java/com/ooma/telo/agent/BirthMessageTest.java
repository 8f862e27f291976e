package com.ooma.telo.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.agent.config.ConfigLoader;
import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.OpenResult;
import com.ooma.telo.agent.testing.MoquetteBroker;
import com.ooma.telo.agent.testing.Subscriber;
import com.ooma.telo.agent.testing.TestAgent;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each connect announces the agent on {@code state}, sealed like the will; consent off announces nothing. */
class BirthMessageTest {
    @TempDir
    Path dir;

    @Test
    void eachConnect_publishesASealedBirth_andConsentOffPublishesNone() throws Exception {
        TestAgent t = TestAgent.in(dir);
        try (MoquetteBroker broker = MoquetteBroker.start();
             Subscriber state = new Subscriber(broker.uri(), "telo/v1/" + t.deviceId() + "/state")) {
            AgentPipeline agent = AgentPipeline.start(ConfigLoader.load(null, t.config(broker.uri())),
                    Clock.systemUTC(), new SecureRandom());
            assertThat(state.await(m -> m.size() == 1, Duration.ofSeconds(10))).isTrue();
            EnvelopeOpener opener = EnvelopeOpener.load(t.backend("backend-kem.pem"),
                    t.device("device-signing.pub.pem"), Clock.systemUTC());
            OpenResult.Opened opened = (OpenResult.Opened) opener.open(state.messages().get(0).payload());
            JsonNode birth = new CBORMapper().readTree(opened.plaintext());
            assertThat(birth.get("kind").asText()).isEqualTo("birth");
            assertThat(birth.get("boot").asLong()).isEqualTo(1);
            assertThat(birth.has("agent")).isTrue();
            assertThat(birth.get("spool_pending").asLong()).isZero();

            agent.setConsent(ConsentLevel.OFF); // renews the session: a new connect, without a birth
            AgentPipelineTest.await("reconnected", () -> AgentPipelineTest.counter(agent, "publish.connects") == 2
                    && agent.counters().get("publish.births") == 1);
            Thread.sleep(500); // a birth would follow the connect at once; none may
            assertThat(state.messages()).hasSize(1);
            agent.shutdown(Duration.ZERO);
        }
    }
}
