package com.ooma.telo.agent.command;

import com.ooma.telo.agent.seal.TrustStore;
import java.util.ArrayList;
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

    /** Every verb this agent understands; {@code set_trust_bundle} only when the agent has a trust root. */
    static Verbs standard(Optional<TrustStore> trust) {
        List<Verb> verbs = new ArrayList<>(List.of(new PingVerb(), new SetConsentVerb(), new SetIntervalsVerb(),
                new RotateDeviceKeyVerb(), new DiagBundleVerb()));
        trust.ifPresent(store -> verbs.add(new SetTrustBundleVerb(store)));
        return new Verbs(verbs);
    }

    Optional<Verb> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
