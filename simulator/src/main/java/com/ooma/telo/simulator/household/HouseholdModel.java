package com.ooma.telo.simulator.household;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A stand-in for one home's telephony: plays days of {@code call.ended} events from a {@link HouseholdProfile} and a
 * {@link Household}, and reports which personal items it used. The same seed always plays the same days.
 */
public final class HouseholdModel {
    private static final long HOUR_MS = 3_600_000L;

    private final HouseholdProfile profile;
    private final Draws draws;
    private final CallPlanner planner;

    public HouseholdModel(HouseholdProfile profile, Household household, RandomGenerator rng) {
        this.profile = profile;
        this.draws = new Draws(rng);
        this.planner = new CallPlanner(profile, household, draws);
    }

    public static HouseholdModel seeded(HouseholdProfile profile, Household household, long seed) {
        return new HouseholdModel(profile, household, new SplittableRandom(seed));
    }

    /** A day with the number of calls drawn from the profile's volume (weekends a little busier). */
    public HouseholdDay day(LocalDate date, ZoneId zone) {
        var v = profile.volume();
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        double mean = weekend ? v.mean() * v.weekendFactor() : v.mean();
        // Scaling keeps the dispersion (the negative binomial's shape) of the weekday distribution.
        double shape = v.mean() * v.mean() / (v.variance() - v.mean());
        return day(date, zone, draws.negativeBinomial(mean, mean + mean * mean / shape));
    }

    /** A day with exactly {@code calls} calls (plus the 911 call when the profile asks for one). */
    public HouseholdDay day(LocalDate date, ZoneId zone, int calls) {
        long midnight = date.atStartOfDay(zone).toInstant().toEpochMilli();
        List<CallEvent> events = new ArrayList<>(calls + 1);
        for (int i = 0; i < calls; i++) {
            events.add(planner.plan(startTime(midnight)));
        }
        if (profile.destinations().includeEmergencyCall()) {
            events.add(planner.emergency(startTime(midnight)));
        }
        events.sort(Comparator.comparingLong(CallEvent::ts));
        return new HouseholdDay(date, events, itemsIn(events));
    }

    private long startTime(long midnight) {
        int hour = draws.weighted(profile.timeOfDay().hourWeights());
        return midnight + hour * HOUR_MS + draws.uniform(0, (int) HOUR_MS - 1);
    }

    private static PersonalItems itemsIn(List<CallEvent> events) {
        Set<String> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (CallEvent e : events) {
            numbers.add(e.localNumber());
            if (PersonalItems.isPersonalNumber(e.remoteNumber())) {
                numbers.add(e.remoteNumber());
            }
            if (e.remoteName() != null) {
                names.add(e.remoteName());
            }
        }
        return new PersonalItems(numbers, names);
    }
}
