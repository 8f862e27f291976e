package com.ooma.telo.agent.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WindowScheduleTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");

    @Test
    void dailyWindow_isTheLocalCalendarDay_evenAcrossDst() {
        WindowSchedule daily = new WindowSchedule(Duration.ofDays(1), NY);
        ReportWindow w = daily.windowAt(Instant.parse("2026-03-08T15:00:00Z")); // DST starts that morning
        assertThat(w.start()).isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
        assertThat(w.end()).isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
        assertThat(Duration.between(w.start(), w.end())).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void shortWindows_tileTheLocalDayFromMidnight() {
        WindowSchedule quarter = new WindowSchedule(Duration.ofMinutes(15), NY);
        ReportWindow w = quarter.windowAt(Instant.parse("2026-11-26T17:07:30Z"));
        assertThat(w).isEqualTo(new ReportWindow(Instant.parse("2026-11-26T17:00:00Z"),
                Instant.parse("2026-11-26T17:15:00Z")));
    }
}
