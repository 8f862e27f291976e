package com.ooma.telo.agent.redact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.ooma.telo.agent.event.DestinationClass;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a number as dialled or presented into its {@link DestinationClass}; the digits go no further. libphonenumber
 * parses every spelling (national, {@code +}, {@code 011}, separators, extensions); the class follows the NANP rules
 * in docs/telephony.md on the parsed national number.
 */
public final class NumberClassifier {
    private static final PhoneNumberUtil PHONE = PhoneNumberUtil.getInstance();
    private static final Set<String> WITHHELD = Set.of("anonymous", "private", "restricted", "unknown",
            "unavailable", "withheld", "blocked");
    private static final Set<String> TOLL_FREE_NPA = Set.of("800", "833", "844", "855", "866", "877", "888");
    private static final Set<String> N11 = Set.of("211", "311", "411", "511", "611", "811");

    private static final Set<DestinationClass> SUBSCRIBER = subscriberClasses();

    private final String region;

    public NumberClassifier(String region) {
        this.region = region;
    }

    public DestinationClass classify(String dialled) {
        if (dialled == null) {
            return DestinationClass.ANONYMOUS;
        }
        String s = dialled.strip();
        if (s.isEmpty() || WITHHELD.contains(s.toLowerCase(Locale.ROOT))) {
            return DestinationClass.ANONYMOUS;
        }
        if (s.startsWith("*")) {
            String rest = s.replaceFirst("^\\*\\d{2,3}[\\s#]*", "");
            return rest.isEmpty() || rest.equals(s) ? DestinationClass.VSC : classify(rest);
        }
        String digits = s.replaceAll("[^0-9+]", "");
        if (!digits.startsWith("+") && digits.length() >= 3 && digits.length() <= 6) {
            return shortCode(digits);
        }
        try {
            PhoneNumber n = PHONE.parse(s, region);
            return n.getCountryCode() == 1 ? nanp(PHONE.getNationalSignificantNumber(n))
                    : internationalOrInvalid(n);
        } catch (NumberParseException e) {
            return DestinationClass.INVALID;
        }
    }

    /**
     * The E.164 form of a subscriber number (for keyed pseudonyms only, never kept); empty for short codes, service
     * codes, withheld and invalid numbers, which no one calls "the same caller".
     */
    public Optional<String> e164(String dialled) {
        if (dialled == null || !SUBSCRIBER.contains(classify(dialled))) {
            return Optional.empty();
        }
        try {
            return Optional.of(PHONE.format(PHONE.parse(dialled.strip(), region),
                    PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static DestinationClass shortCode(String digits) {
        return switch (digits) {
            case "911", "112" -> DestinationClass.EMERGENCY;
            case "933" -> DestinationClass.EMERGENCY_TEST;
            default -> N11.contains(digits) ? DestinationClass.N11 : DestinationClass.SHORT_CODE_OTHER;
        };
    }

    private static DestinationClass nanp(String national) {
        if (national.length() == 7 && national.charAt(0) >= '2') {
            return DestinationClass.DOMESTIC; // seven-digit local dialling within the home area code
        }
        if (national.length() != 10 || national.charAt(0) < '2' || national.charAt(3) < '2') {
            return DestinationClass.INVALID;
        }
        String npa = national.substring(0, 3);
        if (TOLL_FREE_NPA.contains(npa)) {
            return DestinationClass.TOLL_FREE;
        }
        if (npa.equals("900") || national.startsWith("976", 3)) {
            return DestinationClass.PREMIUM;
        }
        if (npa.charAt(0) == '5' && npa.charAt(1) == npa.charAt(2) || npa.equals("500") || npa.startsWith("52")
                || npa.equals("533")) {
            return DestinationClass.NON_GEOGRAPHIC;
        }
        if (npa.charAt(1) == '1' && npa.charAt(2) == '1') {
            return DestinationClass.INVALID; // N11 codes are never area codes
        }
        return DestinationClass.DOMESTIC;
    }

    private static DestinationClass internationalOrInvalid(PhoneNumber n) {
        return PHONE.isPossibleNumber(n) ? DestinationClass.internationalZone(n.getCountryCode())
                : DestinationClass.INVALID;
    }

    private static Set<DestinationClass> subscriberClasses() {
        Set<DestinationClass> s = EnumSet.of(DestinationClass.TOLL_FREE, DestinationClass.PREMIUM,
                DestinationClass.NON_GEOGRAPHIC, DestinationClass.DOMESTIC);
        for (DestinationClass d : DestinationClass.values()) {
            if (d.name().startsWith("INTERNATIONAL_ZONE_")) {
                s.add(d);
            }
        }
        return s;
    }
}
