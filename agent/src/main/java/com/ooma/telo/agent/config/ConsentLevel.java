package com.ooma.telo.agent.config;

import java.util.Locale;

/** The customer's consent, which bounds what is collected and published (docs/design.md §2). */
public enum ConsentLevel {
    /** Nothing is collected or published but command acknowledgements. */
    OFF,
    /** The health channel only. */
    ESSENTIAL,
    /** Health and usage. */
    FULL;

    public boolean allowsUsage() {
        return this == FULL;
    }

    public boolean allowsHealth() {
        return this != OFF;
    }

    static ConsentLevel parse(String value) {
        return ConsentLevel.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
