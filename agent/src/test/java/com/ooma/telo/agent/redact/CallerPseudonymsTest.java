package com.ooma.telo.agent.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CallerPseudonymsTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-26T20:00:00Z")); // 15:00 in New York
    private final CallerPseudonyms pseudonyms = new CallerPseudonyms(clock, ZoneId.of("America/New_York"));

    @Test
    void sameNumber_isARepeatWithinTheLocalDay_andNewAfterLocalMidnight() {
        assertThat(pseudonyms.firstToday("+16505550142")).isTrue();
        assertThat(pseudonyms.firstToday("+16505550142")).isFalse();
        assertThat(pseudonyms.firstToday("+14155550100")).isTrue();
        clock.advance(Duration.ofHours(8)); // 23:00 local: same day
        assertThat(pseudonyms.firstToday("+16505550142")).isFalse();
        clock.advance(Duration.ofHours(2)); // 01:00 local next day: new key, nothing remembered
        assertThat(pseudonyms.firstToday("+16505550142")).isTrue();
    }

    @Test
    void forget_dropsEveryPseudonym() {
        pseudonyms.firstToday("+16505550142");
        pseudonyms.forget();
        assertThat(pseudonyms.firstToday("+16505550142")).isTrue();
    }
}
