package com.ooma.telo.agent.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Typed reads of raw config strings; each failure names the key and quotes the value. */
final class ConfigValues {
    private final Map<String, String> raw;
    private final Path baseDir;

    ConfigValues(Map<String, String> raw, Path configFile) {
        this.raw = raw;
        Path parent = configFile == null ? null : configFile.toAbsolutePath().getParent();
        this.baseDir = parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    String string(String key) throws ConfigException {
        String v = raw.get(key);
        if (v == null || v.isEmpty()) {
            throw new ConfigException("config key \"" + key + "\" is required");
        }
        return v;
    }

    String optional(String key) {
        String v = raw.get(key);
        return v == null ? "" : v;
    }

    /** Relative paths resolve against the config file's folder, so a config and its keys can move together. */
    Path path(String key) throws ConfigException {
        try {
            return baseDir.resolve(string(key)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw bad(key, "is not a valid path");
        }
    }

    int port(String key, int min) throws ConfigException {
        long v = number(key);
        if (v < min || v > 65535) {
            throw bad(key, "is not a port (" + min + "..65535)");
        }
        return (int) v;
    }

    long number(String key) throws ConfigException {
        try {
            return Long.parseLong(string(key));
        } catch (NumberFormatException e) {
            throw bad(key, "is not a whole number");
        }
    }

    boolean bool(String key) throws ConfigException {
        String v = string(key).trim();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw bad(key, "is not true or false");
    }

    Duration duration(String key, Duration min) throws ConfigException {
        Duration d;
        try {
            d = Duration.parse(string(key));
        } catch (DateTimeParseException e) {
            throw bad(key, "is not an ISO-8601 duration such as PT15M");
        }
        if (d.compareTo(min) < 0) {
            throw bad(key, "is shorter than " + min);
        }
        return d;
    }

    ZoneId zone(String key) throws ConfigException {
        try {
            return ZoneId.of(string(key));
        } catch (DateTimeException e) {
            throw bad(key, "is not a time zone id such as America/New_York");
        }
    }

    /** For a value that may hold a secret (a password in a URL): names the key, never prints the value. */
    ConfigException badNotEchoed(String key, String why) {
        return new ConfigException("config key \"" + key + "\" " + why + " (value not shown: it may hold a secret)");
    }

    ConfigException bad(String key, String why) {
        return new ConfigException("config key \"" + key + "\" value \"" + raw.get(key) + "\" " + why);
    }
}
