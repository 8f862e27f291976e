package com.ooma.telo.agent.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When the wall clock may stamp an envelope: plausible, and not moved against the monotonic clock lately. */
class ClockWatchTest {

    @Test
    void anRtcThatLostItsBattery_isUnsynced_untilNtpSetsIt() {
        FakeClock clock = new FakeClock(Instant.parse("2000-01-01T00:00:00Z"));
        ClockWatch watch = new ClockWatch(clock.agentClock());
        assertThat(watch.synced()).isFalse();
        clock.jumpWall(Duration.between(clock.instant(), Instant.parse("2026-12-02T12:00:00Z")));
        assertThat(watch.synced()).as("just stepped: which side was right is unknown").isFalse();
        clock.advance(ClockWatch.SETTLE);
        assertThat(watch.synced()).isTrue();
        assertThat(watch.jumps()).isEqualTo(1);
    }

    @Test
    void slewingWithinTheTolerance_isNoJump_andJumpsEitherWayAreCounted() {
        FakeClock clock = new FakeClock(Instant.parse("2026-12-02T12:00:00Z"));
        ClockWatch watch = new ClockWatch(clock.agentClock());
        clock.advance(Duration.ofMinutes(30));
        clock.jumpWall(Duration.ofSeconds(59));
        assertThat(watch.synced()).isTrue();
        clock.jumpWall(Duration.ofMinutes(-5));
        assertThat(watch.synced()).isFalse();
        clock.advance(Duration.ofMinutes(10));
        clock.jumpWall(Duration.ofDays(1));
        assertThat(watch.jumps()).isEqualTo(2);
    }

    @Test
    void aWallClockOutsideTheBackendsSignedBounds_stopsStamping_forTheSettleTime() {
        FakeClock clock = new FakeClock(Instant.parse("2026-12-03T12:00:00Z"));
        ClockWatch watch = new ClockWatch(clock.agentClock());
        long now = clock.millis();
        long tolerance = ClockWatch.JUMP_TOLERANCE.toMillis();

        assertThat(watch.checkAgainst(now - 5_000, java.util.OptionalLong.of(now + 5_000))).isFalse();
        assertThat(watch.checkAgainst(now + tolerance, java.util.OptionalLong.empty()))
                .as("within the tolerance of a receipt issued just now").isFalse();
        assertThat(watch.synced()).isTrue();

        assertThat(watch.checkAgainst(now + tolerance + 1, java.util.OptionalLong.empty()))
                .as("a receipt issued after the wall clock's now: the wall clock is behind").isTrue();
        assertThat(watch.synced()).isFalse();
        clock.advance(ClockWatch.SETTLE);
        assertThat(watch.synced()).isTrue();

        long later = clock.millis();
        assertThat(watch.checkAgainst(later - Duration.ofDays(1).toMillis(),
                java.util.OptionalLong.of(later - Duration.ofDays(1).toMillis() + 9_000)))
                .as("the backend's time is at most a day minus 9 s back: the wall clock is a day ahead").isTrue();
        assertThat(watch.synced()).isFalse();
        assertThat(watch.offs()).isEqualTo(2);
        assertThat(watch.jumps()).as("no jump: the wall clock kept pace with the monotonic one").isZero();
    }
}
