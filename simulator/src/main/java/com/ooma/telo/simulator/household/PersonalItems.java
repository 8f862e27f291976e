package com.ooma.telo.simulator.household;

import java.util.Set;
import java.util.TreeSet;

/**
 * Every personal item a simulated day put into the events, exactly as played: the ground truth a leak scan
 * searches for. Short codes (911, 411…) and "anonymous" identify no one and are not listed.
 */
public record PersonalItems(Set<String> numbers, Set<String> names) {

    public PersonalItems {
        numbers = Set.copyOf(new TreeSet<>(numbers));
        names = Set.copyOf(new TreeSet<>(names));
    }

    /** Numbers with fewer digits than a subscriber number (7) are service codes, not people. */
    static boolean isPersonalNumber(String asPlayed) {
        return asPlayed.replaceAll("[^0-9]", "").length() >= 7;
    }
}
