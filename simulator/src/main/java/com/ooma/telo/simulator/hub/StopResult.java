package com.ooma.telo.simulator.hub;

/** How the agent ended after SIGTERM. */
public sealed interface StopResult permits StopResult.Exited, StopResult.Killed {

    /** It exited by itself; the contract says with code 0, after sealing and publishing its open windows. */
    record Exited(int code) implements StopResult {}

    /** It did not exit in time and was killed; its open windows are lost. */
    record Killed() implements StopResult {}
}
