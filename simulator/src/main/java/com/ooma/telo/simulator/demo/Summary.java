package com.ooma.telo.simulator.demo;

/**
 * The demo's bottom line: calls the household played, calls the opened usage reports count, reports that opened,
 * and personal items found (one per item per place it was found).
 */
public record Summary(long callsPlayed, long callsCounted, int reportsReceived, int personalItemsFound) {

    public String line() {
        return "summary: calls played=" + callsPlayed + " calls counted=" + callsCounted + " reports received="
                + reportsReceived + " personal items found=" + personalItemsFound;
    }
}
