package com.ooma.telo.simulator.household;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/** How people actually type numbers into a handset, and how the network presents them on inbound calls. */
final class DialStyles {
    private static final String HIDE_CALLER_ID = "*67";

    private final Draws draws;
    private final String homeAreaCode;

    DialStyles(Draws draws, String homeAreaCode) {
        this.draws = draws;
        this.homeAreaCode = homeAreaCode;
    }

    /** A domestic or toll-free ten-digit number as dialled: 7-digit local, 1-NPA-…, (NPA) …, +1 …, optionally *67 first. */
    String dialDomestic(String tenDigits, boolean hideCallerId) {
        String npa = tenDigits.substring(0, 3);
        String nxx = tenDigits.substring(3, 6);
        String line = tenDigits.substring(6);
        String dialled = switch (draws.uniform(0, npa.equals(homeAreaCode) ? 5 : 4)) {
            case 0 -> "1-" + npa + "-" + nxx + "-" + line;
            case 1 -> "(" + npa + ") " + nxx + "-" + line;
            case 2 -> "+1 " + npa + " " + nxx + " " + line;
            case 3 -> "1" + tenDigits;
            case 4 -> tenDigits;
            default -> nxx + line;
        };
        // *67 goes in front of the digits; people do not type punctuation after a feature code.
        return hideCallerId ? HIDE_CALLER_ID + dialled.replaceAll("[^0-9]", "") : dialled;
    }

    /**
     * An international number as dialled from the US: {@code 011 44 20 7946 0123}, {@code 011442079460123} or
     * {@code +44 20 7946 0123} (grouped as the country writes it).
     */
    String dialAbroad(String countryCodeAndNumber) {
        String spaced = international(countryCodeAndNumber);
        return switch (draws.uniform(0, 2)) {
            case 0 -> "011 " + spaced.substring(1);
            case 1 -> "011" + countryCodeAndNumber;
            default -> spaced;
        };
    }

    private static String international(String countryCodeAndNumber) {
        try {
            PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
            return phones.format(phones.parse("+" + countryCodeAndNumber, "ZZ"),
                    PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return "+" + countryCodeAndNumber;
        }
    }

    /** The number as the network presents it to the hub: mostly E.164, sometimes bare national digits. */
    String presented(Contact caller) {
        if (caller.international()) {
            return "+" + caller.number();
        }
        return draws.chance(0.8) ? "+1" + caller.number() : caller.number();
    }
}
