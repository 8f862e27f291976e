package com.ooma.telo.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Full-jitter backoff on an injected monotonic clock. */
class BackoffTest {
    private long now = 5_000_000_000L;

    private void advanceMs(long ms) {
        now += TimeUnit.MILLISECONDS.toNanos(ms);
    }

    @Test
    void eachDelay_isUniformBetweenOneSecondAndACeilingThatDoublesUpToFiveMinutes() {
        Backoff b = new Backoff(() -> now, new SplittableRandom(7), 0);
        assertThat(b.due()).as("no start delay configured").isTrue();
        long maxSeen = 0;
        for (int n = 1; n <= 40; n++) {
            long d = b.failed();
            long ceiling = Math.min(300_000, 1_000L << Math.min(n, 20));
            assertThat(d).as("failure " + n).isBetween(1_000L, ceiling);
            maxSeen = Math.max(maxSeen, d);
            assertThat(b.due()).isFalse();
            advanceMs(d);
            assertThat(b.due()).isTrue();
        }
        assertThat(maxSeen).as("reaches the cap region").isGreaterThan(150_000);
    }

    @Test
    void theFirstConnect_waitsARandomDelayWithinTheBound_andHubsDoNotAgree() {
        long[] firsts = new long[20];
        for (int seed = 0; seed < firsts.length; seed++) {
            now = 0;
            Backoff b = new Backoff(() -> now, new SplittableRandom(seed), 10_000);
            long waited = 0;
            while (!b.due()) {
                advanceMs(100);
                waited += 100;
            }
            assertThat(waited).isBetween(0L, 10_100L);
            firsts[seed] = waited;
        }
        assertThat(java.util.Arrays.stream(firsts).distinct().count()).as("spread out").isGreaterThan(10);
    }

    @Test
    void failures_resetOnlyAfterAConnectionStayedUpAMinute() {
        Backoff b = new Backoff(() -> now, new SplittableRandom(1), 0);
        for (int i = 0; i < 6; i++) {
            b.failed();
        }
        b.connected();
        advanceMs(2_000); // a broker that accepts and drops at once
        b.lost();
        assertThat(b.failures()).as("still backing off").isEqualTo(7);
        b.connected();
        advanceMs(Backoff.STABLE_MS);
        b.lost();
        assertThat(b.failures()).as("a stable connection resets the count").isEqualTo(1);
    }
}
