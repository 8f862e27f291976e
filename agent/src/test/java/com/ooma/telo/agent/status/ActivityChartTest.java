package com.ooma.telo.agent.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page's chart says what it shows: no bar and "none yet" before any device event, the true peak after. */
class ActivityChartTest {
    @Test
    void anEmptyDay_drawsNoBar_andDoesNotClaimAPeakOfOne() {
        String svg = ActivityChart.svg(Collections.nCopies(24, 0L));
        assertThat(svg).contains("last 24 hours; none yet").doesNotContain("<rect").doesNotContain("most in one hour");
    }

    @Test
    void eachBusyHour_isOneBar_scaledToThePeak() {
        String svg = ActivityChart.svg(List.of(0L, 3L, 1L));
        assertThat(svg).contains("most in one hour: 3");
        assertThat(svg.split("<rect", -1)).hasSize(3); // two bars
        assertThat(svg).contains("<title>3</title>").contains("<title>1</title>");
    }
}
