package com.ooma.telo.simulator.device;

import com.ooma.telo.simulator.canary.Canaries;
import com.ooma.telo.simulator.canary.CanaryMint;
import com.ooma.telo.simulator.event.EventTypes;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.household.Draws;
import com.ooma.telo.simulator.leak.Secret;
import com.ooma.telo.simulator.leak.SecretKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Every event the hub sends about itself over one run: boots and firmware, WAN changes, registrations, DECT,
 * resources, settings, DNS, round trips and (future type) diagnostic lines. Each concern draws from its own
 * generator split from {@code rng} in a fixed order, so changing one concern's parameters leaves the others' events
 * as they were.
 *
 * @param events  the declared event types, unsorted
 * @param diag    the {@code diag.log} lines (played only when the scenario says so)
 * @param secrets personal values these events carry besides the canaries (later WAN addresses, the gateway MAC)
 */
public record DeviceTimeline(List<PlayedEvent> events, List<PlayedEvent> diag, List<Secret> secrets,
        List<Boots.Boot> boots, List<WanChanges.Change> wanChanges) {

    /** Who the hub talks about in settings and logs: a forwarding number, a spam number, a caller. */
    public record People(List<String> forwardingNumbers, List<String> blockedNumbers, String callerName,
            String callerNumber) {}

    public static DeviceTimeline play(DeviceProfile p, int handsets, long start, long end, Canaries canaries,
            People people, SplittableRandom rng) {
        Draws bootDraws = new Draws(rng.split());
        Draws wanDraws = new Draws(rng.split());
        Draws sipDraws = new Draws(rng.split());
        Draws dectDraws = new Draws(rng.split());
        Draws resourceDraws = new Draws(rng.split());
        Draws configDraws = new Draws(rng.split());
        Draws dnsDraws = new Draws(rng.split());
        Draws rttDraws = new Draws(rng.split());
        Draws diagDraws = new Draws(rng.split());
        SplittableRandom idRng = rng.split();
        Draws idDraws = new Draws(idRng);

        String gatewayMac = CanaryMint.mac(idRng);
        String serial = "TELO" + idDraws.hex(10).toUpperCase(java.util.Locale.ROOT);

        List<Boots.Boot> boots = Boots.plan(p.system(), start, end, bootDraws);
        List<Window> rebooting = boots.stream().map(Boots.Boot::down).toList();
        List<WanChanges.Change> changes = WanChanges.plan(p.network(), start, end, canaries.wanIp(), wanDraws);
        List<Window> wanDown = changes.stream().map(WanChanges.Change::down).toList();
        List<Long> comebacks = new ArrayList<>();
        boots.forEach(b -> comebacks.add(b.upAt()));
        changes.forEach(c -> comebacks.add(c.down().to()));
        List<Window> anyDown = new ArrayList<>(rebooting);
        anyDown.addAll(wanDown);

        List<PlayedEvent> events = new ArrayList<>();
        events.addAll(NetworkEvents.wan(start, canaries.wanIp(), changes, gatewayMac));
        events.addAll(SystemEvents.boots(boots, serial));
        events.addAll(SipEvents.registrations(p.sip(), start, end, canaries.lineNumber(),
                new WanAddress(canaries.wanIp(), changes), wanDown, rebooting, comebacks, sipDraws));
        events.addAll(DectEvents.play(p.dect(), handsets, start, end, rebooting, dectDraws));
        events.addAll(SystemEvents.resources(p.system(), start, end, boots, rebooting, resourceDraws));
        events.addAll(SystemEvents.configChanges(p.system(), start, end, settingValues(canaries, people),
                planted(start, end, canaries), configDraws));
        events.addAll(NetworkEvents.dnsFailures(p.network(), start, end, changes, rebooting, dnsDraws));
        events.addAll(NetworkEvents.rtt(p.network(), start, end, anyDown, rttDraws));

        List<PlayedEvent> diag = DiagEvents.play(p.diagnostics(), start, end, new DiagEvents.Quotable(
                canaries.lineNumber(), canaries.wanIp(), canaries.mac(), canaries.e911Address(), canaries.email(),
                people.callerName(), people.callerNumber(), canaries.cardNumber()), diagDraws);

        Set<Secret> secrets = new LinkedHashSet<>();
        secrets.add(new Secret(SecretKind.MAC_ADDRESS, gatewayMac));
        changes.forEach(c -> secrets.add(new Secret(SecretKind.IP_ADDRESS, c.wanIp())));
        return new DeviceTimeline(List.copyOf(events), List.copyOf(diag), List.copyOf(secrets), boots, changes);
    }

    /** The 911 address and the voicemail email are set early in every run: both are canaries. */
    private static Map<Long, String[]> planted(long start, long end, Canaries c) {
        Map<Long, String[]> m = new LinkedHashMap<>();
        long hour = 3_600_000L;
        if (start + 2 * hour < end) {
            m.put(start + hour, new String[] {"e911_address", c.e911Address()});
            m.put(start + 2 * hour, new String[] {"voicemail", "email:" + c.email()});
        }
        return m;
    }

    private static Map<String, List<String>> settingValues(Canaries c, People people) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("forwarding", people.forwardingNumbers());
        m.put("e911_address", List.of(c.e911Address()));
        m.put("voicemail", List.of("email:" + c.email(), "off"));
        m.put("do_not_disturb", List.of("on", "off"));
        m.put("block_list", people.blockedNumbers());
        m.put("network", List.of("dhcp", "static"));
        m.put("other", List.of("ring_pattern=2", "language=en"));
        return m;
    }

    /** How many events of one type this timeline holds (diagnostic lines included). */
    public long count(String type) {
        List<PlayedEvent> from = EventTypes.isFuture(type) ? diag : events;
        return from.stream().filter(e -> e.type().equals(type)).count();
    }
}
