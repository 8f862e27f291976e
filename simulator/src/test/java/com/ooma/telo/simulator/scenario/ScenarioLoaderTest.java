package com.ooma.telo.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ooma.telo.simulator.household.HouseholdProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ScenarioLoaderTest {
    static final java.util.List<String> BUILT_IN = ScenarioLoader.BUILT_IN;

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("BUILT_IN")
    void builtIn_loadsCompleteAndNamedAsItsFile(String name) {
        Scenario s = ScenarioLoader.load(name);
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.description()).isNotBlank();
        assertThat(s.endMs()).isGreaterThan(s.startMs());
    }

    @Test
    void normalWeek_callsAreTheDemosTypicalHouseholdPlusRareEmergencyCalls() {
        Scenario s = ScenarioLoader.builtIn("normal-week");
        HouseholdProfile typical = HouseholdProfile.typical();
        assertThat(s.calls()).usingRecursiveComparison()
                .ignoringFields("destinations.emergency", "destinations.emergencyTest").isEqualTo(typical);
        assertThat(s.calls().destinations().emergency()).isBetween(0.0001, 0.001);
        assertThat(s.days()).isEqualTo(7);
        assertThat(s.start()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(s.faults()).isEmpty();
        assertThat(s.diagnostics().play()).as("diag.log stays off until the agent declares it").isFalse();
    }

    @Test
    void derived_overrideOnlyWhatTheyStateAndKeepTheRest() {
        Scenario normal = ScenarioLoader.builtIn("normal-week");
        Scenario storm = ScenarioLoader.builtIn("outage-storm");
        assertThat(storm.network().outagesPerDay()).isEqualTo(6);
        assertThat(storm.network().rttIntervalS()).isEqualTo(normal.network().rttIntervalS());
        assertThat(storm.calls()).isEqualTo(normal.calls());
        assertThat(ScenarioLoader.builtIn("international-heavy").people().contactsAbroad()).isEqualTo(4);
        Scenario e911 = ScenarioLoader.builtIn("e911-test");
        assertThat(e911.days()).isEqualTo(1);
        assertThat(e911.calls().destinations().emergencyTest()).isPositive();
        assertThat(e911.calls().volume().weekendFactor()).isEqualTo(normal.calls().volume().weekendFactor());
    }

    @Test
    void brokerFlaps_declaresItsFaultSchedule() {
        Scenario s = ScenarioLoader.builtIn("broker-flaps");
        assertThat(s.faults()).extracting(Fault::kind).containsExactly(FaultKind.BROKER_RESTART,
                FaultKind.BROKER_RESTART, FaultKind.BROKER_RESTART, FaultKind.BROKER_RESTART, FaultKind.AGENT_KILL,
                FaultKind.CLOCK_JUMP, FaultKind.DISK_FULL);
        assertThat(s.faults().get(0).at()).isEqualTo(Duration.ofHours(6));
        assertThat(s.faults().get(0).duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.faults().get(5).by()).isEqualTo(Duration.ofHours(-2));
        assertThat(s.faults().get(4).duration()).isNull();
    }

    @Test
    void ownFile_extendsABuiltInOrAnotherFileBesideIt() throws IOException {
        Files.writeString(dir.resolve("busy.json"), """
                {"extends": "normal-week", "name": "busy", "days": 2,
                 "calls": {"volume": {"mean": 9.0, "variance": 30.0}}}""");
        Files.writeString(dir.resolve("busy-stormy.json"), """
                {"extends": "busy.json", "name": "busy-stormy", "network": {"outages_per_day": 3},
                 "faults": [{"kind": "BROKER_RESTART", "at": "PT1H", "duration": "PT1M", "hubs": 1}]}""");
        Scenario s = ScenarioLoader.load(dir.resolve("busy-stormy.json").toString());
        assertThat(s.name()).isEqualTo("busy-stormy");
        assertThat(s.days()).isEqualTo(2);
        assertThat(s.calls().volume().mean()).isEqualTo(9.0);
        assertThat(s.calls().volume().weekendFactor()).isEqualTo(1.15);
        assertThat(s.network().outagesPerDay()).isEqualTo(3);
        assertThat(s.faults()).singleElement().extracting(Fault::kind).isEqualTo(FaultKind.BROKER_RESTART);
    }

    @Test
    void typo_isRefusedWithItsPath() {
        assertThatThrownBy(() -> ScenarioLoader.fromJson("""
                {"extends": "normal-week", "network": {"outages_per_dya": 3}}"""))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("outages_per_dya")
                .hasMessageContaining("network");
    }

    @Test
    void missingParameter_isNamed() {
        assertThatThrownBy(() -> ScenarioLoader.fromJson("{\"name\": \"x\", \"description\": \"y\"}"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("missing start");
        String noWeekend = """
                {"extends": "normal-week", "calls": {"volume": {"weekend_factor": null}}}""";
        assertThatThrownBy(() -> ScenarioLoader.fromJson(noWeekend))
                .hasMessageContaining("missing calls.volume.weekend_factor");
    }

    @Test
    void badValues_areRefusedWithTheRuleTheyBreak() {
        assertThatThrownBy(() -> ScenarioLoader.fromJson("""
                {"extends": "normal-week", "calls": {"inbound": {"spam_share": 1.4}}}"""))
                .hasMessageContaining("spam_share");
        assertThatThrownBy(() -> ScenarioLoader.fromJson("""
                {"extends": "normal-week", "network": {"dns_failure_reasons": {"gremlins": 1}}}"""))
                .hasMessageContaining("'gremlins' is not one of");
        assertThatThrownBy(() -> ScenarioLoader.fromJson("""
                {"extends": "normal-week", "calls": {"volume": {"mean": 4, "variance": 3}}}"""))
                .hasMessageContaining("variance > mean");
        assertThatThrownBy(() -> ScenarioLoader.fromJson("""
                {"extends": "normal-week", "start": "next monday"}"""))
                .hasMessageContaining("start");
    }

    @Test
    void faults_areValidatedAgainstTheirKindAndTheScenarioLength() {
        assertThatThrownBy(() -> faults("{\"kind\": \"clock_jump\", \"at\": \"PT1H\", \"hubs\": 1}"))
                .hasMessageContaining("clock_jump needs a non-zero by");
        assertThatThrownBy(() -> faults("{\"kind\": \"agent_kill\", \"at\": \"PT1H\", \"duration\": \"PT1M\", \"hubs\": 1}"))
                .hasMessageContaining("agent_kill takes no duration");
        assertThatThrownBy(() -> faults("{\"kind\": \"broker_restart\", \"at\": \"PT1H\", \"duration\": \"PT1M\", \"hubs\": 0.5}"))
                .hasMessageContaining("hubs must be 1");
        assertThatThrownBy(() -> faults("{\"kind\": \"disk_full\", \"at\": \"P8D\", \"duration\": \"PT1M\", \"hubs\": 1}"))
                .hasMessageContaining("ends after the scenario's 7 day(s)");
        assertThatThrownBy(() -> faults("{\"kind\": \"meteor\", \"at\": \"PT1H\", \"hubs\": 1}"))
                .hasMessageContaining("meteor");
    }

    @Test
    void unknownName_listsTheBuiltIns() {
        assertThatThrownBy(() -> ScenarioLoader.load("normal-weak"))
                .hasMessageContaining("normal-weak").hasMessageContaining("normal-week, outage-storm");
    }

    private static Scenario faults(String fault) {
        return ScenarioLoader.fromJson("{\"extends\": \"normal-week\", \"faults\": [" + fault + "]}");
    }
}
