package com.ooma.telo.agent.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.agent.config.ConsentLevel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagBundleVerbTest {
    private final ObjectMapper json = new ObjectMapper();

    /** Answers each diagBundle() call with the next result, and counts the calls. */
    private static final class Device implements DeviceControl {
        final List<BundleResult> answers = new ArrayList<>();
        int calls;

        @Override
        public void setConsent(ConsentLevel level) {
        }

        @Override
        public void setIntervals(Duration health, Duration usage) {
        }

        @Override
        public String rotateDeviceKey() {
            return "00000000";
        }

        @Override
        public BundleResult diagBundle() {
            return answers.get(calls++);
        }
    }

    @Test
    void theVerbIsInTheTable_andNamesItself() {
        assertThat(Verbs.standard(Optional.empty()).find("diag_bundle")).isPresent();
    }

    @Test
    void queued_isOkWithSizes_refusals_carryTheirCode() throws Exception {
        Device d = new Device();
        d.answers.addAll(List.of(new DeviceControl.BundleResult.Queued(1234, 5),
                new DeviceControl.BundleResult.Refused("rate_limited", 420),
                new DeviceControl.BundleResult.Refused("consent", 0)));
        DiagBundleVerb verb = new DiagBundleVerb();
        assertThat(verb.run(json.createObjectNode(), d)).isEqualTo(Reply.ok(Map.of("bytes", 1234L,
                "lines_truncated", 5L)));
        Reply limited = verb.run(json.createObjectNode(), d);
        assertThat(limited.error()).contains("rate_limited");
        assertThat(limited.detail()).containsEntry("retry_after_s", 420L);
        assertThat(verb.run(json.createObjectNode(), d)).isEqualTo(Reply.error("consent"));
    }

    @Test
    void anyArgument_isBadArgs_andNothingIsAssembled() throws Exception {
        Device d = new Device();
        assertThat(new DiagBundleVerb().run(json.createObjectNode().put("all", true), d))
                .isEqualTo(Reply.error(Verb.BAD_ARGS));
        assertThat(d.calls).isZero();
    }

    @Test
    void aDeviceWithoutBundles_refuses() throws Exception {
        DeviceControl plain = new DeviceControl() {
            @Override
            public void setConsent(ConsentLevel level) {
            }

            @Override
            public void setIntervals(Duration health, Duration usage) {
            }

            @Override
            public String rotateDeviceKey() {
                return "";
            }
        };
        assertThat(new DiagBundleVerb().run(json.createObjectNode(), plain)).isEqualTo(Reply.error("unsupported"));
    }
}
