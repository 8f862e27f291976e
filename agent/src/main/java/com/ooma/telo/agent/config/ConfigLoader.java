package com.ooma.telo.agent.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Reads the properties file, applies {@code --set key=value} overrides, and validates every key. Unknown keys and bad
 * values fail the start with a message that quotes them (docs/design.md §4).
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    /** Loads {@code file} (may be null: defaults and overrides only) and applies {@code overrides} in order. */
    public static AgentConfig load(Path file, List<String> overrides) throws ConfigException {
        Map<String, String> raw = new LinkedHashMap<>(ConfigKeys.DEFAULTS);
        if (file != null) {
            raw.putAll(readFile(file));
        }
        for (String override : overrides) {
            int eq = override.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("--set \"" + override + "\" is not of the form key=value");
            }
            raw.put(override.substring(0, eq).trim(), override.substring(eq + 1).trim());
        }
        rejectUnknown(raw);
        return ConfigKeys.build(new ConfigValues(raw, file));
    }

    private static Map<String, String> readFile(Path file) throws ConfigException {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file \"" + file + "\" does not exist");
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("config file \"" + file + "\" cannot be read: " + e.getClass().getSimpleName());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : props.stringPropertyNames()) {
            values.put(key.trim(), props.getProperty(key).trim());
        }
        return values;
    }

    private static void rejectUnknown(Map<String, String> raw) throws ConfigException {
        List<String> unknown = new ArrayList<>();
        for (String key : raw.keySet()) {
            if (!ConfigKeys.DEFAULTS.containsKey(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ConfigException("unknown config key(s) " + quoted(unknown) + "; known keys: "
                    + String.join(", ", new TreeSet<>(ConfigKeys.DEFAULTS.keySet())));
        }
    }

    private static String quoted(List<String> keys) {
        List<String> q = new ArrayList<>();
        keys.forEach(k -> q.add("\"" + k + "\""));
        return String.join(", ", q);
    }
}
