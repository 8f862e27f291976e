package com.ooma.telo.simulator.hub;

/** A child JVM for {@link FakeClockTest}: prints its wall clock and its monotonic clock, in ms, every 50 ms. */
public final class ClockEcho {
    private ClockEcho() {}

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            System.out.println(System.currentTimeMillis() + " " + System.nanoTime() / 1_000_000);
            System.out.flush();
            Thread.sleep(50);
        }
    }
}
