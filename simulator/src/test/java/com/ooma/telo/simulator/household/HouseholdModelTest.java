package com.ooma.telo.simulator.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HouseholdModelTest {
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final int DAYS = 3_000;

    private static final List<Integer> weekdayCounts = new ArrayList<>();
    private static final List<CallEvent> calls = new ArrayList<>();

    /** Many natural days of the typical household, played once for all the mix assertions. */
    @BeforeAll
    static void playManyDays() {
        HouseholdModel model = HouseholdModel.seeded(HouseholdProfile.typical(), Household.fictional(), 7);
        for (int i = 0; i < DAYS; i++) {
            LocalDate date = MONDAY.plusDays(i);
            HouseholdDay day = model.day(date, LA);
            if (date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                weekdayCounts.add(day.calls().size());
            }
            calls.addAll(day.calls());
        }
    }

    @Test
    void day_sameSeedPlaysTheSameDay() {
        HouseholdDay a = HouseholdModel.seeded(HouseholdProfile.typical(), Household.fictional(), 42)
                .day(MONDAY, LA, 30);
        HouseholdDay b = HouseholdModel.seeded(HouseholdProfile.typical(), Household.fictional(), 42)
                .day(MONDAY, LA, 30);
        assertThat(b.calls()).isEqualTo(a.calls());
        assertThat(b.items()).isEqualTo(a.items());
    }

    @Test
    void day_otherSeedPlaysAnotherDay() {
        HouseholdDay a = HouseholdModel.seeded(HouseholdProfile.typical(), Household.fictional(), 42)
                .day(MONDAY, LA, 30);
        HouseholdDay b = HouseholdModel.seeded(HouseholdProfile.typical(), Household.fictional(), 43)
                .day(MONDAY, LA, 30);
        assertThat(b.calls()).isNotEqualTo(a.calls());
    }

    @Test
    void day_fixedCountPlaysExactlyThatManyInEndOrder() {
        HouseholdDay day = HouseholdModel.seeded(HouseholdProfile.typical(), Household.fictional(), 1)
                .day(MONDAY, LA, 36);
        assertThat(day.calls()).hasSize(36);
        assertThat(day.calls()).isSortedAccordingTo((x, y) -> Long.compare(x.ts(), y.ts()));
        assertThat(day.calls()).allSatisfy(c -> assertThat(c.ts()).isGreaterThanOrEqualTo(c.startedAt()));
    }

    @Test
    void volume_weekdayMeanAndVarianceAsConfigured() {
        double mean = weekdayCounts.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double var = weekdayCounts.stream().mapToDouble(n -> (n - mean) * (n - mean)).sum() / weekdayCounts.size();
        assertThat(mean).isCloseTo(4.0, within(0.3));
        assertThat(var).isCloseTo(12.0, within(2.5));
    }

    @Test
    void mix_inboundShareAndOutcomesAsConfigured() {
        List<CallEvent> inbound = calls.stream().filter(c -> c.direction().equals("inbound")).toList();
        List<CallEvent> outbound = calls.stream().filter(c -> c.direction().equals("outbound")).toList();
        assertThat((double) inbound.size() / calls.size()).isCloseTo(0.62, within(0.03));
        List<CallEvent> notBlocked = inbound.stream().filter(c -> !c.disposition().equals("blocked")).toList();
        assertThat(share(notBlocked, CallEvent::answered)).isCloseTo(0.52, within(0.04));
        assertThat(share(inbound, c -> c.disposition().equals("blocked"))).isCloseTo(0.32 * 0.25, within(0.03));
        assertThat(share(outbound, CallEvent::answered)).isCloseTo(0.75 / 0.98, within(0.04));
        assertThat(share(outbound, c -> c.disposition().equals("busy"))).isBetween(0.01, 0.06);
    }

    @Test
    void mix_outboundDestinationsAsConfigured() {
        List<CallEvent> outbound = calls.stream().filter(c -> c.direction().equals("outbound")).toList();
        assertThat(share(outbound, c -> digits(c).startsWith("011") || c.remoteNumber().startsWith("+44")))
                .isCloseTo(0.04, within(0.015));
        assertThat(share(outbound, c -> digits(c).length() == 3)).isBetween(0.002, 0.025);
        assertThat(share(outbound, c -> digits(c).contains("800555"))).isCloseTo(0.07, within(0.02));
        assertThat(outbound).noneMatch(c -> c.remoteNumber().equals("911"));
    }

    @Test
    void talkTime_onlyWhenAnsweredAndMedianNearTwoMinutes() {
        assertThat(calls).filteredOn(c -> !c.answered()).allMatch(c -> c.durationMs() == 0);
        long[] answered = calls.stream().filter(CallEvent::answered).mapToLong(CallEvent::durationMs).sorted()
                .toArray();
        assertThat(answered[answered.length / 2]).isBetween(80_000L, 130_000L);
        assertThat(answered[answered.length - 1]).isLessThanOrEqualTo(4 * 3_600_000L);
        assertThat(share(calls.stream().filter(CallEvent::answered).toList(), c -> c.durationMs() <= 30_000))
                .isBetween(0.15, 0.30);
    }

    @Test
    void timeOfDay_mostCallsStartBetweenNineAndNine() {
        assertThat(share(calls, c -> {
            int hour = Instant.ofEpochMilli(c.startedAt()).atZone(LA).getHour();
            return hour >= 9 && hour < 21;
        })).isGreaterThan(0.8);
    }

    @Test
    void numbers_areAllFictional() {
        assertThat(calls).allSatisfy(c -> {
            assertThat(c.localNumber()).isEqualTo("+16505550100");
            String d = digits(c);
            if (d.length() >= 7) {
                assertThat(d).containsAnyOf("55501", "2079460");
            }
        });
    }

    @Test
    void items_listEveryNumberAndNameTheDayPlayed() {
        HouseholdDay day = HouseholdModel.seeded(HouseholdProfile.typical(), Household.fictional(), 3)
                .day(MONDAY, LA, 60);
        for (CallEvent c : day.calls()) {
            if (digits(c).length() >= 7) {
                assertThat(day.items().numbers()).contains(c.remoteNumber());
            }
            if (c.remoteName() != null) {
                assertThat(day.items().names()).contains(c.remoteName());
            }
        }
        assertThat(day.items().numbers()).contains("+16505550100").doesNotContain("anonymous");
        assertThat(calls).anyMatch(c -> c.remoteNumber().equals("anonymous") && c.remoteName() == null);
    }

    @Test
    void emergency_oneNineOneOneCallOnlyWhenAsked() {
        HouseholdDay day = HouseholdModel.seeded(HouseholdProfile.typical().withEmergencyCall(),
                Household.fictional(), 5).day(MONDAY, LA, 20);
        assertThat(day.calls()).hasSize(21);
        assertThat(day.calls()).filteredOn(c -> c.remoteNumber().equals("911")).hasSize(1);
        assertThat(day.items().numbers()).doesNotContain("911");
    }

    private static String digits(CallEvent c) {
        return c.remoteNumber().replaceAll("[^0-9]", "");
    }

    private static double share(List<CallEvent> of, Predicate<CallEvent> p) {
        return (double) of.stream().filter(p).count() / of.size();
    }
}
