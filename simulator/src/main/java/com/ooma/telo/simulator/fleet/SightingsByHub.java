package com.ooma.telo.simulator.fleet;

import com.ooma.telo.simulator.broker.BrokerSighting;
import com.ooma.telo.simulator.broker.BrokerSighting.Kind;
import com.ooma.telo.simulator.broker.Published;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The broker's records split by hub, so each hub's leak scan reads its own (a thousand hubs' scanners over every
 * record would take hours): a PUBLISH goes to the hub whose topic it is (topic and payload recorded together); a
 * client id, will topic or subscription to the hub whose device id it holds, and a will payload to the hub of the
 * will topic just before it. A record no hub's id names (the broker's own, a foreign client) goes to every hub.
 */
final class SightingsByHub {
    private final Map<Integer, List<BrokerSighting>> own;
    private final List<BrokerSighting> unowned;

    private SightingsByHub(Map<Integer, List<BrokerSighting>> own, List<BrokerSighting> unowned) {
        this.own = own;
        this.unowned = unowned;
    }

    static SightingsByHub of(List<BrokerSighting> sightings, List<Published> published, List<String> deviceIds) {
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < deviceIds.size(); i++) {
            byId.put(deviceIds.get(i), i);
        }
        Map<Integer, List<BrokerSighting>> own = new HashMap<>();
        List<BrokerSighting> unowned = new ArrayList<>();
        for (Published p : published) {
            Integer hub = byId.get(deviceOf(p.topic()));
            List<BrokerSighting> to = hub == null ? unowned : own.computeIfAbsent(hub, k -> new ArrayList<>());
            to.add(new BrokerSighting(Kind.TOPIC, p.ordinal(), p.topic().getBytes(StandardCharsets.UTF_8)));
            to.add(new BrokerSighting(Kind.PAYLOAD, p.ordinal(), p.payload()));
        }
        Integer lastWill = null;
        for (BrokerSighting s : sightings) {
            if (s.kind() == Kind.TOPIC || s.kind() == Kind.PAYLOAD) {
                continue; // taken from the PUBLISH records above, where topic and payload cannot come apart
            }
            String text = new String(s.bytes(), StandardCharsets.UTF_8);
            Integer hub = switch (s.kind()) {
                case CLIENT_ID -> byId.get(text);
                case WILL_TOPIC, SUBSCRIPTION -> byId.get(deviceOf(text));
                case WILL_PAYLOAD -> lastWill;
                default -> null;
            };
            if (s.kind() == Kind.WILL_TOPIC) {
                lastWill = hub;
            }
            (hub == null ? unowned : own.computeIfAbsent(hub, k -> new ArrayList<>())).add(s);
        }
        return new SightingsByHub(own, unowned);
    }

    List<BrokerSighting> of(int hub) {
        List<BrokerSighting> all = new ArrayList<>(own.getOrDefault(hub, List.of()));
        all.addAll(unowned);
        return all;
    }

    /** {@code telo/v1/DEVICE/channel} → DEVICE; anything else → the empty string. */
    private static String deviceOf(String topic) {
        String[] parts = topic.split("/", -1);
        return parts.length >= 3 && parts[0].equals("telo") ? parts[2] : "";
    }
}
