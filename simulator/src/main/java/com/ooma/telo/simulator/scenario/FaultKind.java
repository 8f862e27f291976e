package com.ooma.telo.simulator.scenario;

/**
 * The faults a scenario can schedule (the fault injector that carries them out comes with the HIL harness; today a
 * schedule is parsed, validated and reported, not yet applied).
 */
public enum FaultKind {
    /** The broker stops for {@code duration}, then starts again with no session state. */
    BROKER_RESTART(true, false),
    /** A loopback proxy between agents and broker drops every packet for {@code duration}. */
    NETWORK_PARTITION(true, false),
    /** The proxy holds traffic (accepts, forwards nothing) for {@code duration}: a stall, not a reset. */
    NETWORK_STALL(true, false),
    /** The agent is killed with SIGKILL, then started again on the same state and spool. */
    AGENT_KILL(false, false),
    /** The agent's spool file system is full for {@code duration}. */
    DISK_FULL(true, false),
    /** The hub's wall clock jumps by {@code by} (negative: backwards); simulated time goes on. */
    CLOCK_JUMP(false, true);

    private final boolean needsDuration;
    private final boolean needsJump;

    FaultKind(boolean needsDuration, boolean needsJump) {
        this.needsDuration = needsDuration;
        this.needsJump = needsJump;
    }

    public boolean needsDuration() {
        return needsDuration;
    }

    public boolean needsJump() {
        return needsJump;
    }
}
