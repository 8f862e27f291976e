package com.ooma.telo.simulator.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario by built-in name ({@link #BUILT_IN}, from {@code /scenarios/NAME.json} on the class path) or from a
 * file. A file may start from another scenario with {@code "extends": "normal-week"} (a built-in name, or a path
 * relative to the file) and state only what differs: objects are merged field by field, lists and values replace.
 * After merging, every parameter must be present and every name known.
 */
public final class ScenarioLoader {
    public static final List<String> BUILT_IN = List.of("normal-week", "outage-storm", "international-heavy",
            "e911-test", "broker-flaps");
    private static final int MAX_EXTENDS = 8;
    private static final ObjectMapper JSON = ScenarioJson.mapper();

    private ScenarioLoader() {}

    /** A built-in name, or the path of a scenario file. */
    public static Scenario load(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return fromFile(file);
        }
        if (BUILT_IN.contains(nameOrFile)) {
            return builtIn(nameOrFile);
        }
        throw new ScenarioException("no scenario '" + nameOrFile + "': not a file, and not one of " + BUILT_IN);
    }

    /** As {@link #load(String)}, cut to its first {@code days} days ({@code 0}, or more than it has: all of them). */
    public static Scenario load(String nameOrFile, int days) {
        Scenario s = load(nameOrFile);
        return days > 0 && days < s.days() ? s.withDays(days) : s;
    }

    public static Scenario builtIn(String name) {
        return parse(resolve(Source.builtIn(name), 0), "scenario " + name);
    }

    public static Scenario fromFile(Path file) {
        return parse(resolve(Source.file(file), 0), "scenario " + file);
    }

    /** A scenario from JSON text (tests; {@code extends} may name a built-in only). */
    public static Scenario fromJson(String json) {
        return parse(resolve(new Source("inline JSON", read(json, "inline JSON"), null), 0), "scenario (inline)");
    }

    private static Scenario parse(JsonNode tree, String label) {
        try {
            RequiredFields.check(tree, Scenario.class, "");
            return JSON.treeToValue(tree, Scenario.class);
        } catch (ScenarioException e) {
            throw new ScenarioException(label + ": " + e.getMessage(), e);
        } catch (JsonMappingException e) {
            throw new ScenarioException(label + ": " + describe(e), e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ScenarioException(label + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode resolve(Source source, int depth) {
        if (depth > MAX_EXTENDS) {
            throw new ScenarioException(source.label() + ": more than " + MAX_EXTENDS + " levels of extends (a loop?)");
        }
        if (!(source.tree() instanceof ObjectNode own)) {
            throw new ScenarioException(source.label() + ": a scenario is a JSON object");
        }
        JsonNode parent = own.remove("extends");
        if (parent == null) {
            return own;
        }
        if (!parent.isTextual()) {
            throw new ScenarioException(source.label() + ": extends must be a scenario name or a file path");
        }
        String ref = parent.asText();
        Source base = source.folder() != null && !BUILT_IN.contains(ref)
                ? Source.file(source.folder().resolve(ref))
                : Source.builtIn(ref);
        JsonNode merged = merge(resolve(base, depth + 1).deepCopy(), own);
        return merged;
    }

    /** {@code over}'s fields win; nested objects merge; lists and values replace. */
    static JsonNode merge(JsonNode base, JsonNode over) {
        if (!(base instanceof ObjectNode b) || !over.isObject()) {
            return over;
        }
        for (Map.Entry<String, JsonNode> e : over.properties()) {
            JsonNode mine = b.get(e.getKey());
            b.set(e.getKey(), mine == null ? e.getValue() : merge(mine, e.getValue()));
        }
        return b;
    }

    private static String describe(JsonMappingException e) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference r : e.getPath()) {
            parts.add(r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]");
        }
        String where = String.join(".", parts).replace(".[", "[");
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root instanceof IllegalArgumentException ? root.getMessage() : e.getOriginalMessage();
        return (where.isEmpty() ? "" : "at " + where + ": ") + why;
    }

    private static JsonNode read(String json, String label) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(label + ": not valid JSON: " + e.getOriginalMessage());
        }
    }

    private record Source(String label, JsonNode tree, Path folder) {
        static Source builtIn(String name) {
            if (!BUILT_IN.contains(name)) {
                throw new ScenarioException("no built-in scenario '" + name + "'; built in: " + BUILT_IN);
            }
            try (InputStream in = ScenarioLoader.class.getResourceAsStream("/scenarios/" + name + ".json")) {
                if (in == null) {
                    throw new ScenarioException("built-in scenario " + name + " is missing from the class path");
                }
                return new Source("scenario " + name, JSON.readTree(in), null);
            } catch (IOException e) {
                throw new ScenarioException("built-in scenario " + name + ": " + e.getMessage(), e);
            }
        }

        static Source file(Path file) {
            try {
                return new Source("scenario " + file, read(Files.readString(file), "scenario " + file),
                        file.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new ScenarioException("scenario " + file + ": cannot read it (" + e.getClass().getSimpleName()
                        + ")", e);
            }
        }
    }
}
