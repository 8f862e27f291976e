package com.ooma.telo.simulator.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * The scenario file's JSON dialect: snake_case names, unknown names refused (a typo must not silently fall back to
 * a default), enum values in any case, ISO-8601 durations ({@code PT30S}, {@code P1DT3H}), dates and zone ids.
 */
final class ScenarioJson {
    private ScenarioJson() {}

    static ObjectMapper mapper() {
        SimpleModule time = new SimpleModule("scenario-time");
        time.addDeserializer(Duration.class, fromText(Duration.class, Duration::parse));
        time.addDeserializer(LocalDate.class, fromText(LocalDate.class, LocalDate::parse));
        time.addDeserializer(ZoneId.class, fromText(ZoneId.class, ZoneId::of));
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .addModule(time)
                .build();
    }

    private static <T> StdDeserializer<T> fromText(Class<T> type, Function<String, T> parse) {
        return new StdDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                try {
                    return parse.apply(text);
                } catch (RuntimeException e) {
                    return type.cast(ctxt.handleWeirdStringValue(type, text, "not a valid " + type.getSimpleName()
                            + " (ISO-8601, e.g. PT30S, 2026-03-02, America/Los_Angeles)"));
                }
            }
        };
    }
}
