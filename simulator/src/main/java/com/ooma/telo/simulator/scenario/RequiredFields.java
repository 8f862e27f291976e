package com.ooma.telo.simulator.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Every parameter must be stated (by the file or the scenario it extends): a missing number would otherwise become 0
 * without a word. Walks the scenario's records and the JSON tree together and names the first field missing.
 */
final class RequiredFields {
    /** Fields that only some fault kinds take. */
    private static final Set<String> OPTIONAL = Set.of("Fault.duration", "Fault.by");
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
            new PropertyNamingStrategies.SnakeCaseStrategy();

    private RequiredFields() {}

    static void check(JsonNode node, Class<?> type, String path) {
        if (!type.isRecord() || node == null || !node.isObject()) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            String json = SNAKE.translate(c.getName());
            String at = path.isEmpty() ? json : path + "." + json;
            JsonNode value = node.get(json);
            if (value == null || value.isNull()) {
                if (!OPTIONAL.contains(type.getSimpleName() + "." + c.getName())) {
                    throw new ScenarioException("missing " + at);
                }
                continue;
            }
            check(value, c.getType(), at);
            Type generic = c.getGenericType();
            if (value.isArray() && generic instanceof ParameterizedType pt
                    && pt.getActualTypeArguments()[0] instanceof Class<?> element) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), element, at + "[" + i + "]");
                }
            }
        }
    }
}
