package com.ooma.telo.agent.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.ooma.telo.agent.event.DestinationClass;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The short cut past libphonenumber gives exactly libphonenumber's answers: on every spelling it takes, the same
 * national number and E.164 form; and the classifier built on it classifies (and forms E.164) every spelling as
 * the regular-expression code before it did, checked against that code kept here as the reference.
 */
class NanpDigitsTest {
    private static final PhoneNumberUtil PHONE = PhoneNumberUtil.getInstance();
    private static final String[] PREFIXES = {"", "", "+", "+1", "+1 ", "1", "1-", "1 ", "(", "+1 (", "1 (", "+44 ",
        "011 ", "*67", "*67 ", "*82#", "*6", "+2", "0", "  ", "++1", "(+1) "};
    private static final String[] SEPARATORS = {"", "", "", " ", "-", ".", ")", ") ", "(", "/", "x", ",", "#", "\t",
        "  ", "–", "ext. "};
    private static final String[] WHOLE = {"", "anonymous", "Restricted", "911", "112", "933", "411", "22333", "*67",
        "*69", "hello", "12", "555-0142", "650.555.0142 ext. 12", "+1 650 555 0142;ext=3", "1-650-555",
        "+1 (888) 555-0100", "+33 1 53 29 72 63", "011 44 20 7946 0000", "(411) 555-0142"};

    @ParameterizedTest
    @ValueSource(strings = {"US", "CA", "GB"})
    void takesOnlyWhatLibphonenumberReadsTheSameWay(String region) throws NumberParseException {
        boolean nanp = PHONE.getCountryCodeForRegion(region) == 1;
        Random random = new Random(14);
        int taken = 0;
        for (int i = 0; i < 20_000; i++) {
            String s = spelling(random).strip();
            String national = NanpDigits.national(s, nanp);
            if (national != null) {
                taken++;
                PhoneNumber n = PHONE.parse(s, region);
                assertThat(n.getCountryCode()).as(s).isEqualTo(1);
                assertThat(PHONE.getNationalSignificantNumber(n)).as(s).isEqualTo(national);
                assertThat(PHONE.format(n, PhoneNumberUtil.PhoneNumberFormat.E164)).as(s).isEqualTo("+1" + national);
            }
        }
        assertThat(taken).as("spellings taken").isGreaterThan(nanp ? 800 : 300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"US", "CA", "GB"})
    void classifiesEverySpellingAsTheRegularExpressionCodeDid(String region) {
        NumberClassifier classifier = new NumberClassifier(region);
        Random random = new Random(8);
        for (int i = 0; i < 6_000; i++) {
            String s = i < WHOLE.length ? WHOLE[i] : spelling(random);
            DestinationClass expected = Reference.classify(s, region);
            Optional<String> e164 = Reference.e164(s, region);
            assertThat(classifier.classify(s)).as(s).isEqualTo(expected);
            assertThat(classifier.e164(s)).as(s).isEqualTo(e164);
            assertThat(classifier.classifyWithE164(s)).as(s).isEqualTo(new NumberClassifier.Classified(expected, e164));
        }
    }

    @Test
    void readsNullAsWithheld() {
        assertThat(new NumberClassifier("US").classifyWithE164(null))
                .isEqualTo(new NumberClassifier.Classified(DestinationClass.ANONYMOUS, Optional.empty()));
    }

    private static String spelling(Random r) {
        if (r.nextInt(10) == 0) {
            return WHOLE[r.nextInt(WHOLE.length)];
        }
        StringBuilder b = new StringBuilder(PREFIXES[r.nextInt(PREFIXES.length)]);
        int digits = 10 + r.nextInt(3) - (r.nextInt(8) == 0 ? 4 : 0);
        for (int i = 0; i < digits; i++) {
            b.append((char) ('0' + (i == 0 && r.nextInt(4) > 0 ? 2 + r.nextInt(8) : r.nextInt(10))));
            if (r.nextInt(4) == 0) {
                b.append(SEPARATORS[r.nextInt(SEPARATORS.length)]);
            }
        }
        return r.nextInt(6) == 0 ? " " + b + " " : b.toString();
    }

    /** The classifier as it was before the short cut (regular expressions, libphonenumber for every number). */
    private static final class Reference {
        static DestinationClass classify(String dialled, String region) {
            if (dialled == null) {
                return DestinationClass.ANONYMOUS;
            }
            String s = dialled.strip();
            if (s.isEmpty() || java.util.Set.of("anonymous", "private", "restricted", "unknown", "unavailable",
                    "withheld", "blocked").contains(s.toLowerCase(java.util.Locale.ROOT))) {
                return DestinationClass.ANONYMOUS;
            }
            if (s.startsWith("*")) {
                String rest = s.replaceFirst("^\\*\\d{2,3}[\\s#]*", "");
                return rest.isEmpty() || rest.equals(s) ? DestinationClass.VSC : classify(rest, region);
            }
            String digits = s.replaceAll("[^0-9+]", "");
            if (!digits.startsWith("+") && digits.length() >= 3 && digits.length() <= 6) {
                return switch (digits) {
                    case "911", "112" -> DestinationClass.EMERGENCY;
                    case "933" -> DestinationClass.EMERGENCY_TEST;
                    case "211", "311", "411", "511", "611", "811" -> DestinationClass.N11;
                    default -> DestinationClass.SHORT_CODE_OTHER;
                };
            }
            try {
                PhoneNumber n = PHONE.parse(s, region);
                if (n.getCountryCode() != 1) {
                    return PHONE.isPossibleNumber(n) ? DestinationClass.internationalZone(n.getCountryCode())
                            : DestinationClass.INVALID;
                }
                return nanp(PHONE.getNationalSignificantNumber(n));
            } catch (NumberParseException e) {
                return DestinationClass.INVALID;
            }
        }

        static DestinationClass nanp(String national) {
            if (national.length() == 7 && national.charAt(0) >= '2') {
                return DestinationClass.DOMESTIC;
            }
            if (national.length() != 10 || national.charAt(0) < '2' || national.charAt(3) < '2') {
                return DestinationClass.INVALID;
            }
            String npa = national.substring(0, 3);
            if (java.util.Set.of("800", "833", "844", "855", "866", "877", "888").contains(npa)) {
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
                return DestinationClass.INVALID;
            }
            return DestinationClass.DOMESTIC;
        }

        static Optional<String> e164(String dialled, String region) {
            DestinationClass c = classify(dialled, region);
            boolean subscriber = switch (c) {
                case TOLL_FREE, PREMIUM, NON_GEOGRAPHIC, DOMESTIC -> true;
                default -> c.name().startsWith("INTERNATIONAL_ZONE_");
            };
            if (!subscriber) {
                return Optional.empty();
            }
            try {
                return Optional.of(PHONE.format(PHONE.parse(dialled.strip(), region),
                        PhoneNumberUtil.PhoneNumberFormat.E164));
            } catch (NumberParseException e) {
                return Optional.empty();
            }
        }
    }
}
