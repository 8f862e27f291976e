package com.ooma.telo.agent.event;

import java.util.Locale;

/**
 * A finished call after redaction: nothing in it names a person, a number or an exact time. It still is a calling
 * record (CSNI), so it lives only in memory until aggregated into counters.
 *
 * @param localHour     hour of day (0-23) the call started, in the hub's zone; -1 when unknown
 * @param durationSec   talk time in whole seconds (aggregated into buckets, never exported alone)
 * @param callerIdShown whether a caller-ID name was presented (the name itself is gone)
 */
public record CallRecord(Direction direction, Disposition disposition, DestinationClass destination,
                         int localHour, long durationSec, boolean callerIdShown) {

    /** Call direction as seen from the hub. */
    public enum Direction {
        INBOUND, OUTBOUND;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How the call ended, a closed list. */
    public enum Disposition {
        ANSWERED, NO_ANSWER, BUSY, FAILED, VOICEMAIL, REJECTED, BLOCKED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
