package com.ooma.telo.simulator.play;

import com.ooma.telo.simulator.canary.Canaries;
import com.ooma.telo.simulator.event.EventTypes;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.leak.Secret;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one simulated hub plays over a scenario, in the order it plays it, with the ground truth a run checks
 * against: the canaries it planted, every personal value its events carry, and how many events of each type.
 *
 * @param events  every event, sorted by {@code ts}, {@code diag.log} lines included (see {@link #playable})
 * @param secrets canaries first, then every other personal value played (numbers, names, addresses)
 */
public record HubScript(int hub, long seed, Canaries canaries, List<PlayedEvent> events, List<Secret> secrets,
        int callsPlanted) {

    public HubScript {
        events = List.copyOf(events);
        secrets = List.copyOf(secrets);
    }

    /** What goes to the agent: every declared type, and future types only when {@code withFuture}. */
    public List<PlayedEvent> playable(boolean withFuture) {
        return withFuture ? events : events.stream().filter(e -> !EventTypes.isFuture(e.type())).toList();
    }

    /** {@code call.ended} events: the calls the usage reports must count. */
    public long calls() {
        return count(EventTypes.CALL_ENDED);
    }

    public long count(String type) {
        return events.stream().filter(e -> e.type().equals(type)).count();
    }

    /** Events per type, by name. */
    public Map<String, Long> countsByType() {
        Map<String, Long> m = new TreeMap<>();
        events.forEach(e -> m.merge(e.type(), 1L, Long::sum));
        return m;
    }
}
