package com.ooma.telo.simulator.play;

import com.ooma.telo.simulator.canary.Canaries;
import com.ooma.telo.simulator.canary.CanaryMint;
import com.ooma.telo.simulator.device.DeviceTimeline;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.household.CallDetails;
import com.ooma.telo.simulator.household.CallEvent;
import com.ooma.telo.simulator.household.Contact;
import com.ooma.telo.simulator.household.Draws;
import com.ooma.telo.simulator.household.Household;
import com.ooma.telo.simulator.household.HouseholdDay;
import com.ooma.telo.simulator.household.HouseholdModel;
import com.ooma.telo.simulator.leak.Secret;
import com.ooma.telo.simulator.scenario.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes the script of hub {@code i} of a run: the same scenario, seed and index always give the same script, and
 * hub {@code i}'s script does not depend on how many hubs the run has. Each part draws from its own generator, split
 * in a fixed order from the hub's: canaries, calls, call details, planted calls, the hub's own events.
 */
public final class HubScripts {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long HOUR_MS = 3_600_000L;

    private HubScripts() {}

    public static HubScript write(Scenario scenario, long runSeed, int hub) {
        long seed = hubSeed(runSeed, hub);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom canaryRng = root.split();
        SplittableRandom callRng = root.split();
        SplittableRandom detailRng = root.split();
        SplittableRandom plantRng = root.split();
        SplittableRandom deviceRng = root.split();

        Canaries canaries = CanaryMint.mint(canaryRng, hub, new SplittableRandom(runSeed).nextInt(1 << 20));
        Contact canaryCaller = new Contact(titleCase(canaries.callerIdName()), canaries.callerIdName(),
                "707555" + String.format(java.util.Locale.ROOT, "%04d", 100 + hub % 100), false);
        Household household = Household.fictional().onLine(canaries.lineNumber(),
                scenario.people().contactsAbroad(), canaryCaller);
        HouseholdModel model = new HouseholdModel(scenario.calls(), household, callRng);
        CallDetails details = new CallDetails(scenario.voice(), scenario.signalling(), new Draws(detailRng),
                canaries.mac());

        List<PlayedEvent> events = new ArrayList<>();
        Set<Secret> secrets = new LinkedHashSet<>(canaries.secrets());
        for (int d = 0; d < scenario.days(); d++) {
            HouseholdDay day = model.day(scenario.start().plusDays(d), scenario.timezone());
            for (CallEvent c : day.calls()) {
                events.addAll(details.events(c, null));
            }
            day.items().numbers().stream().sorted().forEach(n -> secrets.add(Secret.phone(n)));
            day.items().names().stream().sorted().forEach(n -> secrets.add(Secret.name(n)));
        }
        List<CallEvent> planted = planted(scenario, canaries, canaryCaller, household, new Draws(plantRng));
        events.addAll(details.events(planted.get(0), null));
        events.addAll(details.events(planted.get(1), canaries.cardNumber() + "#"));
        secrets.add(Secret.phone(planted.get(0).remoteNumber()));
        secrets.add(Secret.name(canaryCaller.displayName()));

        DeviceTimeline device = DeviceTimeline.play(scenario.device(), scenario.calls().equipment().handsets(),
                scenario.startMs(), scenario.endMs(), canaries,
                new DeviceTimeline.People(
                        household.domesticContacts().stream().limit(3).map(c -> "+1" + c.number()).toList(),
                        household.unknownCallers().stream().map(c -> "+1" + c.number()).toList(),
                        canaries.callerIdName(), "+1" + canaryCaller.number()),
                deviceRng);
        events.addAll(device.events());
        events.addAll(device.diag());
        secrets.addAll(device.secrets());
        // A stable sort: events at the same millisecond keep the order they were made in.
        events.sort(Comparator.comparingLong(PlayedEvent::ts));
        return new HubScript(hub, seed, canaries, events, List.copyOf(secrets), planted.size());
    }

    /** Hub {@code i}'s seed: a mix of the run's seed and the index, so hubs are independent of each other. */
    static long hubSeed(long runSeed, int hub) {
        return new SplittableRandom(runSeed + GOLDEN * (hub + 1L)).nextLong();
    }

    /**
     * The two calls every run plants on its first day: the canary caller rings in (answered, caller-ID name shown),
     * and the household calls its bank and types the canary card number into the menu.
     */
    private static List<CallEvent> planted(Scenario s, Canaries c, Contact caller, Household household, Draws draws) {
        LocalDate first = s.start();
        long midnight = first.atStartOfDay(s.timezone()).toInstant().toEpochMilli();
        long in = midnight + 10 * HOUR_MS + draws.uniform(0, 3_599_999);
        long inTalk = draws.uniform(60, 600) * 1000L;
        long out = midnight + 11 * HOUR_MS + draws.uniform(0, 3_599_999);
        long outTalk = draws.uniform(120, 900) * 1000L;
        String line = "+1" + c.lineNumber();
        String bank = household.tollFree().get(0).number();
        return List.of(
                new CallEvent(in + 8_000 + inTalk, draws.hex(16) + "@hub", "inbound", "+1" + caller.number(),
                        caller.callerIdName(), line, "answered", in, inTalk, 200, "G722", 1),
                new CallEvent(out + 4_000 + outTalk, draws.hex(16) + "@hub", "outbound", "1-" + bank.substring(0, 3)
                        + "-" + bank.substring(3, 6) + "-" + bank.substring(6), "Coastline Bank", line, "answered",
                        out, outTalk, 200, "PCMU", 2));
    }

    private static String titleCase(String cnam) {
        StringBuilder sb = new StringBuilder();
        String[] words = cnam.toLowerCase(java.util.Locale.ROOT).split(" ");
        // CNAM is "LAST FIRST"; the phonebook shows "First Last".
        for (int i = words.length - 1; i >= 0; i--) {
            sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            sb.append(i == 0 ? "" : " ");
        }
        return sb.toString();
    }
}
