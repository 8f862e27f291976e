package com.ooma.telo.agent.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** {@code set_intervals {health: ISO-8601 duration, usage: ISO-8601 duration}}, each from PT1S to P7D. */
final class SetIntervalsVerb implements Verb {
    static final Duration MIN = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofDays(7);

    @Override
    public String name() {
        return "set_intervals";
    }

    @Override
    public Reply run(JsonNode args, DeviceControl device) {
        Optional<Duration> health = duration(args.get("health"));
        Optional<Duration> usage = duration(args.get("usage"));
        if (args.size() != 2 || health.isEmpty() || usage.isEmpty()) {
            return Reply.error(BAD_ARGS);
        }
        device.setIntervals(health.get(), usage.get());
        return Reply.ok();
    }

    private static Optional<Duration> duration(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return Optional.empty();
        }
        try {
            Duration d = Duration.parse(value.asText());
            return d.compareTo(MIN) >= 0 && d.compareTo(MAX) <= 0 ? Optional.of(d) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
