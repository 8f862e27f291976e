package com.ooma.telo.simulator;

/** Entry point of the simulator jar (placeholder). */
public final class TeloSimulator {
    public static void main(String[] args) {
    }
}
