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
    /** libphonenumber and its metadata load with the first number, not at start (docs/performance.md). */
    private static final class Phone {
        static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    }
    private static final Set<String> WITHHELD = Set.of("anonymous", "private", "restricted", "unknown",
            "unavailable", "withheld", "blocked");
    private static final Set<String> TOLL_FREE_NPA = Set.of("800", "833", "844", "855", "866", "877", "888");
    private static final Set<String> N11 = Set.of("211", "311", "411", "511", "611", "811");

    private static final Set<DestinationClass> SUBSCRIBER = subscriberClasses();

    private final String region;
    private int homeIsNanp; // 0 not known yet, 1 yes, -1 no: known at the first number

    /** A number's class and, for a subscriber number only, its E.164 form (for keyed pseudonyms, never kept). */
    public record Classified(DestinationClass destination, Optional<String> e164) {
    }

    public NumberClassifier(String region) {
        this.region = region;
    }

    /**
     * {@link #classify} and {@link #e164} at once, with the number parsed once: what the pipeline calls for every
     * {@code remote_number}. Same answers as the two calls.
     */
    public Classified classifyWithE164(String dialled) {
        String s = dialled == null ? "" : dialled.strip();
        if (s.startsWith("*")) { // the class is the rest's, the E.164 form the whole string's (as e164 reads it)
            return new Classified(classify(dialled), e164(dialled));
        }
        String national = NanpDigits.national(s, homeIsNanp());
        if (national != null) {
            DestinationClass c = nanp(national);
            return new Classified(c, SUBSCRIBER.contains(c) ? Optional.of("+1" + national) : Optional.empty());
        }
        DestinationClass early = beforeParse(s);
        if (early != null) {
            return new Classified(early, Optional.empty()); // none of these classes is a subscriber's
        }
        try {
            PhoneNumber n = Phone.UTIL.parse(s, region);
            DestinationClass c = ofParsed(n);
            return new Classified(c, SUBSCRIBER.contains(c)
                    ? Optional.of(Phone.UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty());
        } catch (NumberParseException e) {
            return new Classified(DestinationClass.INVALID, Optional.empty());
        }
    }

    public DestinationClass classify(String dialled) {
        if (dialled == null) {
            return DestinationClass.ANONYMOUS;
        }
        String s = dialled.strip();
        if (s.startsWith("*")) {
            String rest = afterServiceCode(s);
            return rest.isEmpty() || rest.equals(s) ? DestinationClass.VSC : classify(rest);
        }
        String national = NanpDigits.national(s, homeIsNanp());
        if (national != null) {
            return nanp(national);
        }
        DestinationClass early = beforeParse(s);
        if (early != null) {
            return early;
        }
        try {
            return ofParsed(Phone.UTIL.parse(s, region));
        } catch (NumberParseException e) {
            return DestinationClass.INVALID;
        }
    }

    private boolean homeIsNanp() {
        if (homeIsNanp == 0) {
            homeIsNanp = Phone.UTIL.getCountryCodeForRegion(region) == 1 ? 1 : -1;
        }
        return homeIsNanp > 0;
    }

    /** Withheld and short codes, which are never parsed; null for a number libphonenumber must parse. */
    private static DestinationClass beforeParse(String s) {
        if (s.isEmpty() || WITHHELD.contains(s.toLowerCase(Locale.ROOT))) {
            return DestinationClass.ANONYMOUS;
        }
        String digits = digitsAndPlus(s);
        if (!digits.startsWith("+") && digits.length() >= 3 && digits.length() <= 6) {
            return shortCode(digits);
        }
        return null;
    }

    private static DestinationClass ofParsed(PhoneNumber n) {
        return n.getCountryCode() == 1 ? nanp(Phone.UTIL.getNationalSignificantNumber(n)) : internationalOrInvalid(n);
    }

    /**
     * {@code s} without its leading vertical service code: what {@code s.replaceFirst("^\\*\\d{2,3}[\\s#]*", "")}
     * gives, without compiling a regular expression on every call.
     */
    static String afterServiceCode(String s) {
        int i = 1;
        while (i < s.length() && i < 4 && isAsciiDigit(s.charAt(i))) {
            i++;
        }
        if (i < 3) {
            return s; // fewer than two digits: no match, nothing removed
        }
        while (i < s.length() && (isRegexSpace(s.charAt(i)) || s.charAt(i) == '#')) {
            i++;
        }
        return s.substring(i);
    }

    /** {@code s.replaceAll("[^0-9+]", "")}, without the regular expression. */
    static String digitsAndPlus(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isAsciiDigit(c) || c == '+') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Java's {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, LF, VT, FF, CR. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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
            return Optional.of(Phone.UTIL.format(Phone.UTIL.parse(dialled.strip(), region),
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
        return Phone.UTIL.isPossibleNumber(n) ? DestinationClass.internationalZone(n.getCountryCode())
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
