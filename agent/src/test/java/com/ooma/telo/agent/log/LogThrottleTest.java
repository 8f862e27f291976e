package com.ooma.telo.agent.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ooma.telo.agent.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The throttle's policy, on a fake clock: powers of two, then at most once an interval, with the count suppressed. */
class LogThrottleTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-26T12:00:00Z"));
    private final LogThrottle throttle = new LogThrottle(clock, Duration.ofMinutes(1));

    /** The occurrence numbers (1-based) that are written among the next {@code n}, at the current time. */
    private List<Long> written(int n) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (throttle.admit().isPresent()) {
                out.add(throttle.occurrences());
            }
        }
        return out;
    }

    @Test
    void aBurst_writesThe1st2nd4th8thOccurrence_andNothingElse() {
        assertThat(written(100)).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L);
    }

    @Test
    void twentyThousandInOneInstant_giveFifteenLines() {
        assertThat(written(20_000)).hasSize(15).endsWith(16_384L);
    }

    @Test
    void eachWrittenOccurrence_carriesTheCountSuppressedSinceTheLastOne() {
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            throttle.admit().ifPresent(counts::add);
        }
        assertThat(counts).containsExactly(0L, 0L, 1L, 3L, 7L); // occurrences 1, 2, 4, 8, 16
    }

    @Test
    void afterTheBurst_atMostOneLineAMinute_withWhatWasSuppressedSince() {
        written(100); // 1..100: the last written is the 64th
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.admit()).isEmpty(); // 101st: neither a power of two nor a minute after the 64th
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.admit()).hasValue(37); // 102nd, a minute after the 64th: 65..101 were suppressed
        assertThat(written(10)).isEmpty(); // 103..112 within that minute
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.admit()).hasValue(10);
    }

    @Test
    void aRareSite_isNeverSilenced() {
        for (int hour = 0; hour < 48; hour++) {
            assertThat(throttle.admit()).as("hour %d", hour).isPresent();
            clock.advance(Duration.ofHours(1));
        }
    }

    @Test
    void aFloodLastingADay_writesAboutOneLineAMinute() {
        int lines = 0;
        for (int second = 0; second < 86_400; second++) {
            for (int i = 0; i < 10; i++) { // 10 a second, 864,000 in all
                lines += throttle.admit().isPresent() ? 1 : 0;
            }
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(lines).isBetween(1_440, 1_440 + 21); // once a minute, plus powers of two up to 2^19
    }

    @Test
    void aClockSteppedBack_writesTheNextOccurrence_andRestartsTheInterval() {
        written(5);
        clock.advance(Duration.ofHours(-1));
        assertThat(throttle.admit()).hasValue(1); // the 6th; the 5th was suppressed
        assertThat(throttle.admit()).isEmpty(); // the 7th, within a minute of the 6th
    }

    @Test
    void aNonPositiveInterval_isRefused() {
        assertThatThrownBy(() -> new LogThrottle(clock, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void admit_returnsAnEmptyOptionalWhenSuppressed() {
        written(2);
        assertThat(throttle.admit()).isEqualTo(OptionalLong.empty());
    }
}
