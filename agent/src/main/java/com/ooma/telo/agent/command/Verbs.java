package com.ooma.telo.agent.command;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The verb table: name → verb. Adding a verb is one class and one line in {@link #standard}. */
final class Verbs {
    private final Map<String, Verb> byName;

    private Verbs(List<Verb> verbs) {
        this.byName = verbs.stream().collect(Collectors.toUnmodifiableMap(Verb::name, Function.identity()));
    }

    /** Every verb this agent understands. */
    static Verbs standard() {
        return new Verbs(List.of(new PingVerb(), new SetConsentVerb(), new SetIntervalsVerb(),
                new RotateDeviceKeyVerb()));
    }

    Optional<Verb> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
