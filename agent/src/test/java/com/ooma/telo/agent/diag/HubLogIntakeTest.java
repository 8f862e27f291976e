package com.ooma.telo.agent.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.event.HubEvent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HubLogIntakeTest {
    private static final long TS = 1_764_700_114_567L; // 2025-12-02T18:28:34.567Z

    private static HubEvent line(String message) {
        return new HubEvent("diag.log", TS, Map.of("message", message, "level", "WARN", "component", "sipua"));
    }

    private static Map<String, Long> counters(HubLogIntake in) {
        Map<String, Long> m = new TreeMap<>();
        in.copyInto(m);
        return m;
    }

    @Test
    void aLine_isRedactedOnArrival_andStampedToTheMinute() {
        HubLogIntake in = new HubLogIntake("US");
        in.accept(line("18:28:34.567 INVITE sip:+16505550142@voip.example.net from 203.0.113.77"));
        List<String> held = in.ring().snapshot();
        assertThat(held).hasSize(1);
        assertThat(held.get(0)).startsWith("2025-12-02T18:28Z warn [sipua] 18:28 INVITE ")
                .contains("<SIP_URI>", "<IP>").doesNotContain("16505550142", "203.0.113.77", ":34");
        assertThat(counters(in)).containsEntry("diag.hub_lines.accepted", 1L)
                .containsEntry("diag.hub_lines.items_redacted", 2L);
    }

    @Test
    void everyPersonalForm_isGoneFromTheRing() {
        HubLogIntake in = new HubLogIntake("US");
        for (int i = 0; i < 240; i++) {
            in.accept(line(PersonalLines.line(i)));
        }
        String all = String.join("\n", in.ring().snapshot());
        assertThat(all).contains("<PHONE>", "<EMAIL>", "<CARD>", "<MAC>", "<SIP_URI>");
        for (String v : PersonalLines.VALUES) {
            assertThat(all).as(v).doesNotContainIgnoringCase(v);
        }
        String digits = all.replaceAll("\\D", "");
        for (String run : PersonalLines.DIGIT_RUNS) {
            assertThat(digits).as(run).doesNotContain(run);
        }
        assertThat(all).as("no time finer than the minute").doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}");
    }

    @Test
    void aFlood_staysWithinBothBounds_andEveryEvictionIsCounted() {
        HubLogIntake in = new HubLogIntake("US");
        int n = 3 * HubLogIntake.MAX_LINES;
        for (int i = 0; i < n; i++) {
            in.accept(line(PersonalLines.line(i)));
        }
        Map<String, Long> c = counters(in);
        assertThat(in.ring().size()).isLessThanOrEqualTo(HubLogIntake.MAX_LINES);
        assertThat(in.ring().bytes()).isLessThanOrEqualTo(HubLogIntake.MAX_BYTES);
        assertThat(c.get("diag.hub_lines.accepted")).isEqualTo(n);
        assertThat(c.get("diag.hub_lines.evicted") + c.get("diag.hub_lines.held")).isEqualTo(n);
        HubLogIntake last = new HubLogIntake("US");
        last.accept(line(PersonalLines.line(n - 1)));
        assertThat(in.ring().snapshot().get(in.ring().size() - 1)).as("the newest is kept")
                .isEqualTo(last.ring().snapshot().get(0));
    }

    @Test
    void aLineEndingInAQuotedName_isRedacted_notLostToARedactorError() {
        HubLogIntake in = new HubLogIntake("US");
        in.accept(line("callctl: incoming call from +1 650 555 0142 name=\"Jane Roe\""));
        assertThat(in.ring().snapshot()).singleElement().asString().contains("<PHONE>").doesNotContain("Jane Roe");
        assertThat(counters(in)).containsEntry("diag.hub_lines.redactor_errors", 0L);
    }

    @Test
    void withoutAStringMessage_theLineIsCountedAndDropped() {
        HubLogIntake in = new HubLogIntake("US");
        in.accept(new HubEvent("diag.log", TS, Map.of("message", 42L)));
        in.accept(new HubEvent("diag.log", TS, Map.of("level", "info")));
        assertThat(in.ring().size()).isZero();
        assertThat(counters(in)).containsEntry("diag.hub_lines.invalid", 2L);
    }

    @Test
    void anUnsetHubClock_isWrittenAsADash_andNewlinesCannotForgeLines() {
        HubLogIntake in = new HubLogIntake("US");
        in.accept(new HubEvent("diag.log", 5, Map.of("message", "boot\n2030-01-01T00:00Z info [x] forged")));
        assertThat(in.ring().snapshot()).singleElement().asString().startsWith("- other [-] boot ")
                .doesNotContain("\n");
    }

    @Test
    void purge_forgetsEveryLine() {
        HubLogIntake in = new HubLogIntake("US");
        in.accept(line("sipua: registration refreshed"));
        in.purge();
        assertThat(in.ring().snapshot()).isEmpty();
    }
}
