package com.ooma.telo.simulator.play;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.agent.event.HubEvent;
import com.ooma.telo.agent.redact.EventRedactor;
import com.ooma.telo.agent.redact.RedactOutcome;
import com.ooma.telo.simulator.event.EventTypes;
import com.ooma.telo.simulator.event.Ndjson;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.scenario.Scenario;
import com.ooma.telo.simulator.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every event the simulator plays is one the agent's ingest contract declares, with fields as declared: checked
 * against docs/ingest-protocol.md (generated from the agent's schemas) and by the agent's own redactor.
 */
class IngestProtocolConformanceTest {
    static final List<String> SCENARIOS = ScenarioLoader.BUILT_IN;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TYPE_HEADING = Pattern.compile("^## `([a-z_.]+)`$", Pattern.MULTILINE);
    private static final Pattern FIELD_ROW = Pattern.compile("^\\| `([a-z_]+)` \\| ([a-z ()A-Z]+?) \\| (yes|no) \\|",
            Pattern.MULTILINE);

    /** type → field → JSON kind as the doc states it ("string", "number", "integer…", "boolean", "any"). */
    private static final Map<String, Map<String, String>> DECLARED = new LinkedHashMap<>();
    private static final Map<String, List<String>> REQUIRED = new HashMap<>();

    @BeforeAll
    static void readTheProtocolDoc() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "ingest-protocol.md"), StandardCharsets.UTF_8);
        Matcher h = TYPE_HEADING.matcher(doc);
        List<int[]> spans = new java.util.ArrayList<>();
        List<String> types = new java.util.ArrayList<>();
        while (h.find()) {
            types.add(h.group(1));
            spans.add(new int[] {h.end(), 0});
        }
        for (int i = 0; i < types.size(); i++) {
            int end = i + 1 < spans.size() ? doc.lastIndexOf("## `", spans.get(i + 1)[0]) : doc.length();
            Matcher f = FIELD_ROW.matcher(doc.substring(spans.get(i)[0], end));
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> required = new java.util.ArrayList<>();
            while (f.find()) {
                fields.put(f.group(1), f.group(2).trim());
                if (f.group(3).equals("yes")) {
                    required.add(f.group(1));
                }
            }
            DECLARED.put(types.get(i), fields);
            REQUIRED.put(types.get(i), required);
        }
    }

    @Test
    void theDocListsTheTypesTheSimulatorKnowsAsDeclared() {
        assertThat(DECLARED.keySet()).containsExactlyElementsOf(EventTypes.DECLARED);
        assertThat(DECLARED.keySet()).containsAll(EventTypes.FUTURE); // opt-in types are declared too (diag.log)
    }

    @ParameterizedTest
    @FieldSource("SCENARIOS")
    void everyPlayedFieldIsDeclaredForItsTypeWithItsJsonKind(String name) throws IOException {
        Scenario s = ScenarioLoader.builtIn(name);
        for (JsonNode e : lines(HubScripts.write(s, 7, 0).playable(false))) {
            String type = e.path("type").asText();
            assertThat(DECLARED).as("type %s", type).containsKey(type);
            assertThat(e.path("ts").isIntegralNumber()).isTrue();
            Map<String, String> declared = DECLARED.get(type);
            assertThat(iterable(e)).as("required fields of %s", type).containsAll(REQUIRED.get(type));
            e.properties().forEach(f -> {
                if (f.getKey().equals("type") || f.getKey().equals("ts")) {
                    return;
                }
                assertThat(declared).as("field %s of %s", f.getKey(), type).containsKey(f.getKey());
                assertKind(type + "." + f.getKey(), declared.get(f.getKey()), f.getValue());
            });
        }
    }

    @ParameterizedTest
    @FieldSource("SCENARIOS")
    void theAgentsRedactorKeepsEveryDeclaredEventAndDropsOnlyTheFutureType(String name) throws IOException {
        Scenario s = ScenarioLoader.builtIn(name);
        HubScript script = HubScripts.write(s, 11, 3);
        EventRedactor redactor = new EventRedactor("US", s.timezone(),
                Clock.fixed(Instant.ofEpochMilli(s.startMs()), s.timezone()));
        long unavailableMos = 0;
        for (JsonNode e : lines(script.playable(true))) {
            RedactOutcome outcome = redactor.redact(hubEvent(e));
            if (!EventTypes.DECLARED.contains(e.path("type").asText())) {
                assertThat(outcome).isInstanceOf(RedactOutcome.UnknownType.class);
            } else {
                assertThat(outcome).as("%s", e.path("type").asText()).isInstanceOf(RedactOutcome.Kept.class);
            }
            unavailableMos += e.path("mos_lq").asInt() == 127 ? 1 : 0;
        }
        Map<String, Long> counters = redactor.counters();
        assertThat(counters.keySet()).noneMatch(k -> k.endsWith(".undeclared") || k.startsWith("events_invalid"));
        assertThat(counters.keySet()).filteredOn(k -> k.startsWith("fields_invalid"))
                .allMatch(k -> k.equals("fields_invalid.call.quality.mos_lq"));
        assertThat(counters.getOrDefault("fields_invalid.call.quality.mos_lq", 0L))
                .as("RFC 6035 'unavailable' MOS (127) is the only invalid value played").isEqualTo(unavailableMos);
        assertThat(counters.getOrDefault("events_unknown_type", 0L)).as("every played type is declared").isZero();
    }

    private static void assertKind(String field, String kind, JsonNode v) {
        if (kind.startsWith("string")) {
            assertThat(v.isTextual()).as("%s is a string", field).isTrue();
        } else if (kind.startsWith("integer")) {
            assertThat(v.isIntegralNumber()).as("%s is an integer", field).isTrue();
        } else if (kind.startsWith("number")) {
            assertThat(v.isNumber()).as("%s is a number", field).isTrue();
        } else if (kind.startsWith("boolean")) {
            assertThat(v.isBoolean()).as("%s is a boolean", field).isTrue();
        } else {
            assertThat(kind).as("%s", field).isEqualTo("any");
            assertThat(v.isValueNode()).as("%s is a plain value", field).isTrue();
        }
    }

    private static List<JsonNode> lines(List<PlayedEvent> events) throws IOException {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String line : new String(Ndjson.lines(events), StandardCharsets.UTF_8).split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static List<String> iterable(JsonNode e) {
        List<String> names = new java.util.ArrayList<>();
        e.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** As the agent's parser hands events to redaction: integers as Long, other numbers as Double. */
    private static HubEvent hubEvent(JsonNode e) {
        Map<String, Object> fields = new HashMap<>();
        e.properties().forEach(f -> {
            JsonNode v = f.getValue();
            if (f.getKey().equals("type") || f.getKey().equals("ts")) {
                return;
            }
            fields.put(f.getKey(), v.isTextual() ? v.asText() : v.isBoolean() ? v.asBoolean()
                    : v.isIntegralNumber() ? (Object) v.asLong() : (Object) v.asDouble());
        });
        return new HubEvent(e.path("type").asText(), e.path("ts").asLong(), fields);
    }
}
