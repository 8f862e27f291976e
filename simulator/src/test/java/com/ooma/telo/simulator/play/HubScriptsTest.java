package com.ooma.telo.simulator.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ooma.telo.simulator.event.EventTypes;
import com.ooma.telo.simulator.event.Ndjson;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.household.Household;
import com.ooma.telo.simulator.household.HouseholdModel;
import com.ooma.telo.simulator.leak.LeakScanner;
import com.ooma.telo.simulator.leak.ScanSurface;
import com.ooma.telo.simulator.scenario.Scenario;
import com.ooma.telo.simulator.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Determinism, independence of hubs, canaries really planted, and the configured call rate. */
class HubScriptsTest {
    private static final Scenario NORMAL = ScenarioLoader.builtIn("normal-week");
    private static final long SEED = 20_260_302L;

    @Test
    void sameSeed_playsByteIdenticalStreams() {
        byte[] a = Ndjson.lines(HubScripts.write(NORMAL, SEED, 0).events());
        byte[] b = Ndjson.lines(HubScripts.write(NORMAL, SEED, 0).events());
        assertThat(a.length).isGreaterThan(100_000);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void otherSeedOrOtherHub_playsAnotherStream() {
        byte[] base = Ndjson.lines(HubScripts.write(NORMAL, SEED, 0).events());
        assertThat(Ndjson.lines(HubScripts.write(NORMAL, SEED + 1, 0).events())).isNotEqualTo(base);
        assertThat(Ndjson.lines(HubScripts.write(NORMAL, SEED, 1).events())).isNotEqualTo(base);
        assertThat(HubScripts.write(NORMAL, SEED, 1).canaries().lineNumber())
                .isNotEqualTo(HubScripts.write(NORMAL, SEED, 0).canaries().lineNumber());
    }

    @Test
    void diagnosticsSwitch_leavesEveryOtherEventAsItWas() {
        HubScript script = HubScripts.write(NORMAL, SEED, 0);
        List<PlayedEvent> withoutDiag = script.playable(false);
        assertThat(script.count(EventTypes.DIAG_LOG)).as("diag.log is generated even when not played").isPositive();
        assertThat(withoutDiag).noneMatch(e -> e.type().equals(EventTypes.DIAG_LOG));
        assertThat(withoutDiag).hasSize(script.events().size() - (int) script.count(EventTypes.DIAG_LOG));
        assertThat(script.playable(true)).isEqualTo(script.events());
    }

    @Test
    void events_areInTimeOrderWithinTheScenarioWeek() {
        HubScript script = HubScripts.write(NORMAL, SEED, 2);
        assertThat(script.events()).isSortedAccordingTo((x, y) -> Long.compare(x.ts(), y.ts()));
        assertThat(script.events()).filteredOn(e -> !e.isCall())
                .allSatisfy(e -> assertThat(e.ts()).isBetween(NORMAL.startMs(), NORMAL.endMs()));
        assertThat(script.events().get(0).ts()).isLessThan(NORMAL.startMs() + 86_400_000L);
    }

    @Test
    void everyDeclaredTypeIsPlayedInAWeek() {
        HubScript script = HubScripts.write(NORMAL, SEED, 0);
        assertThat(script.countsByType().keySet()).containsAll(EventTypes.DECLARED).contains(EventTypes.DIAG_LOG);
        // cadences from docs/ingest-protocol.md: every 5 minutes, hourly
        assertThat(script.count(EventTypes.SYSTEM_RESOURCES)).isBetween(7L * 288 - 50, 7L * 288);
        assertThat(script.count(EventTypes.DECT_STATUS)).isBetween(7L * 24 - 5, 7L * 24);
        assertThat(script.count(EventTypes.SIP_REGISTER)).as("every 10 minutes behind NAT").isBetween(900L, 1100L);
        assertThat(script.count(EventTypes.CALL_SETUP)).isEqualTo(script.calls());
    }

    @Test
    void everyCanaryIsInThePlayedStream_withOrWithoutDiagnostics() {
        for (int hub = 0; hub < 5; hub++) {
            HubScript script = HubScripts.write(NORMAL, SEED, hub);
            LeakScanner canaryScan = LeakScanner.forSecrets(script.canaries().secrets(), new byte[32]);
            byte[] played = Ndjson.lines(script.playable(false));
            assertThat(canaryScan.scan(new ScanSurface("ingest", "hub " + hub, played)))
                    .as("hub %d plants all 7 canaries in declared events", hub).hasSize(7);
        }
    }

    @Test
    void canaries_areUniqueAcrossTheHubsOfARun() {
        List<HubScript> hubs = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> HubScripts.write(NORMAL.withDays(1), SEED, i)).toList();
        assertThat(hubs).extracting(h -> h.canaries().lineNumber()).doesNotHaveDuplicates();
        assertThat(hubs).extracting(h -> h.canaries().wanIp()).doesNotHaveDuplicates();
        assertThat(hubs).extracting(h -> h.canaries().callerIdName()).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(15));
        assertThat(hubs).extracting(h -> h.canaries().cardNumber()).doesNotHaveDuplicates()
                .allSatisfy(HubScriptsTest::assertLuhn);
    }

    @Test
    void cardNumber_isTypedAsDtmfOnTheBankCallOnly() {
        HubScript script = HubScripts.write(NORMAL, SEED, 0);
        List<PlayedEvent> withCard = script.events().stream()
                .filter(e -> String.valueOf(e.fields().get("dtmf")).startsWith(script.canaries().cardNumber()))
                .toList();
        assertThat(withCard).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventTypes.CALL_ENDED);
            assertThat(e.fields().get("remote_number")).isEqualTo("1-800-555-0199");
        });
        assertThat(script.callsPlanted()).isEqualTo(2);
    }

    @Test
    void callRate_overManyHouseholdDaysMatchesTheConfiguredMean() {
        // 5 weekdays at the mean, 2 weekend days at mean x weekend_factor.
        var v = NORMAL.calls().volume();
        double expected = v.mean() * (5 + 2 * v.weekendFactor()) / 7;
        HouseholdModel model = new HouseholdModel(NORMAL.calls(), Household.fictional(), new SplittableRandom(SEED));
        int days = 7 * 700;
        long calls = 0;
        long weekdayCalls = 0;
        int weekdays = 0;
        LocalDate monday = LocalDate.of(2026, 3, 2);
        for (int d = 0; d < days; d++) {
            LocalDate date = monday.plusDays(d);
            int n = model.day(date, NORMAL.timezone()).calls().size();
            calls += n;
            if (date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                weekdayCalls += n;
                weekdays++;
            }
        }
        // Standard error of the mean is sqrt(12 / 4900) ~ 0.05 calls/day; 0.2 is four of them.
        assertThat((double) calls / days).isCloseTo(expected, within(0.2));
        assertThat((double) weekdayCalls / weekdays).isCloseTo(v.mean(), within(0.25));
    }

    @Test
    void fullScripts_countTheirCallsAsPlayed() {
        HubScript script = HubScripts.write(NORMAL, SEED, 0);
        long ended = script.events().stream().filter(e -> e.type().equals(EventTypes.CALL_ENDED)).count();
        assertThat(script.calls()).isEqualTo(ended).isGreaterThan(script.callsPlanted());
        String text = new String(Ndjson.lines(script.events()), StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(script.events().size());
    }

    private static void assertLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        assertThat(sum % 10).as("Luhn check of the canary card").isZero();
        assertThat(digits).hasSize(16).startsWith("400000");
    }
}
