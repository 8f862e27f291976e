package com.ooma.telo.agent.event;

import java.util.Locale;

/**
 * The closed list a dialled or presented number becomes (docs/design.md §2, contract). Nothing finer ever leaves a
 * hub: no country (only the ITU world zone), no short code of its own (711 and 988 would reveal health or
 * disability).
 */
public enum DestinationClass {
    EMERGENCY, EMERGENCY_TEST, N11, SHORT_CODE_OTHER, TOLL_FREE, PREMIUM, NON_GEOGRAPHIC, DOMESTIC,
    INTERNATIONAL_ZONE_1, INTERNATIONAL_ZONE_2, INTERNATIONAL_ZONE_3, INTERNATIONAL_ZONE_4, INTERNATIONAL_ZONE_5,
    INTERNATIONAL_ZONE_6, INTERNATIONAL_ZONE_7, INTERNATIONAL_ZONE_8, INTERNATIONAL_ZONE_9,
    VSC, ANONYMOUS, INVALID;

    private final String label = name().toLowerCase(Locale.ROOT); // once: label() is called for every call event

    /** The wire label, e.g. {@code international_zone_4}. */
    public String label() {
        return label;
    }

    /** The class for an international number with this ITU country code. */
    public static DestinationClass internationalZone(int countryCode) {
        int zone = Integer.parseInt(Integer.toString(countryCode).substring(0, 1));
        return valueOf("INTERNATIONAL_ZONE_" + zone);
    }
}
