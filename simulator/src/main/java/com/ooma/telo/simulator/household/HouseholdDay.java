package com.ooma.telo.simulator.household;

import java.time.LocalDate;
import java.util.List;

/** One simulated day: the events in the order the hub emits them (by end time) and what in them is personal. */
public record HouseholdDay(LocalDate date, List<CallEvent> calls, PersonalItems items) {

    public HouseholdDay {
        calls = List.copyOf(calls);
    }
}
