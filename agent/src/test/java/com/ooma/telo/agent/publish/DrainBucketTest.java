package com.ooma.telo.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A backlog leaves at the configured pace on the monotonic clock, with a short burst, whatever else happens. */
class DrainBucketTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2026-12-02T12:00:00Z"));

    @Test
    void aBacklog_drainsAtTheRate_afterOneBurst() {
        DrainBucket bucket = new DrainBucket(1000, clock::nanos);
        int sent = 0;
        while (bucket.take(500)) {
            sent++;
        }
        assertThat(sent).as("the burst: 4 s worth").isEqualTo(8);
        int later = 0;
        for (int tick = 0; tick < 20; tick++) { // 10 s of half-second ticks
            clock.advance(Duration.ofMillis(500));
            while (bucket.take(500)) {
                later++;
            }
        }
        assertThat(later).as("1,000 bytes a second for 10 s").isEqualTo(20);
    }

    @Test
    void aRecordLargerThanTheBurst_leavesOnceTheBucketIsFull_thenItsBytesArePaidBackAtTheRate() {
        DrainBucket bucket = new DrainBucket(1000, clock::nanos);
        assertThat(bucket.take(26_000)).isTrue();
        clock.jumpWall(Duration.ofDays(1)); // the wall clock is not the bucket's clock
        assertThat(bucket.take(100)).isFalse();
        clock.advance(Duration.ofSeconds(22));
        assertThat(bucket.take(100)).as("22 s after 26,000 bytes at 1,000/s with 4,000 of burst").isFalse();
        clock.advance(Duration.ofMillis(100));
        assertThat(bucket.take(100)).isTrue();
        assertThat(new DrainBucket(0, clock::nanos).take(Integer.MAX_VALUE)).as("0: unpaced").isTrue();
    }
}
