package com.ooma.telo.simulator.demo;

/** The stand-in agent that also logs caller names: a demo against it must find them and fail. */
public final class LeakyStandInAgent {
    private LeakyStandInAgent() {}

    public static void main(String[] args) throws Exception {
        new StandInAgent().run(args[2], true);
    }
}
