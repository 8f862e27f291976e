package com.ooma.telo.agent.aggregate;

import java.util.Locale;

/** The two report channels (docs/design.md §2): health is non-personal; usage holds aggregates of calling records. */
public enum Channel {
    /** Non-personal, every 15 minutes by default; allowed from consent level {@code essential}. */
    HEALTH,
    /** Aggregates of calling records, daily, padded; allowed only at consent level {@code full}. */
    USAGE;

    /** The MQTT channel name and report kind. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
