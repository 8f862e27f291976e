package com.ooma.telo.simulator.scenario;

/** Who the household knows: how many of the fictional contacts abroad (1..4) it has. */
public record People(int contactsAbroad) {

    public People {
        if (contactsAbroad < 1 || contactsAbroad > 4) {
            throw new IllegalArgumentException("people.contacts_abroad must be 1..4, got " + contactsAbroad);
        }
    }
}
