package com.ooma.telo.simulator.scenario;

import java.time.Duration;

/**
 * One scheduled fault.
 *
 * @param at       when, after the scenario's start (simulated time)
 * @param duration how long it lasts (broker restart, partition, stall, full disk); {@code null} for the others
 * @param by       the clock jump (clock_jump only; may be negative)
 * @param hubs     share of hubs it hits, in (0, 1] (faults on the shared broker hit every hub: use 1)
 */
public record Fault(FaultKind kind, Duration at, Duration duration, Duration by, double hubs) {

    public Fault {
        if (kind == null || at == null) {
            throw new IllegalArgumentException("a fault needs kind and at");
        }
        if (at.isNegative()) {
            throw new IllegalArgumentException("fault " + name(kind) + ": at must not be negative, got " + at);
        }
        if (kind.needsDuration() && (duration == null || duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("fault " + name(kind) + " needs a positive duration");
        }
        if (!kind.needsDuration() && duration != null) {
            throw new IllegalArgumentException("fault " + name(kind) + " takes no duration");
        }
        if (kind.needsJump() && (by == null || by.isZero())) {
            throw new IllegalArgumentException("fault " + name(kind) + " needs a non-zero by");
        }
        if (!kind.needsJump() && by != null) {
            throw new IllegalArgumentException("fault " + name(kind) + " takes no by");
        }
        if (!(hubs > 0 && hubs <= 1)) {
            throw new IllegalArgumentException("fault " + name(kind) + ": hubs must be a share in (0, 1], got " + hubs);
        }
        if (kind == FaultKind.BROKER_RESTART && hubs != 1) {
            throw new IllegalArgumentException("fault broker_restart: there is one broker, so hubs must be 1");
        }
    }

    /** When the fault is over (its start when it is instantaneous). */
    public Duration end() {
        return duration == null ? at : at.plus(duration);
    }

    static String name(FaultKind k) {
        return k.name().toLowerCase(java.util.Locale.ROOT);
    }
}
