package com.ooma.telo.simulator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits on real I/O (a broker, a child agent) for a condition, polling with a bound; fails naming what did not happen. */
public final class Await {
    private Await() {
    }

    public static void until(String what, BooleanSupplier done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(20); // a poll interval, not a timing assumption: the deadline bounds the wait
        }
    }

    /** As {@link #until}, for a condition a test then asserts itself with a clearer message. */
    public static boolean quietly(BooleanSupplier done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
