package com.ooma.telo.simulator.leak;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The letters and digits of a secret, lower case, without separators: {@link SkeletonIndex} finds them with any short
 * run of separators between any two characters ({@code 4000 0012-3456.7899}, {@code 4,0,0,0,…} as DTMF digits in a
 * log, {@code QUILLFEATHER_ZEPHYRINE}, {@code 02-1A-2B-3C-4D-5E}), URL-encoded or not. Skeletons shorter than
 * {@link #MIN_LENGTH} would match timestamps and counters by chance, so short forms are left to the exact spellings,
 * and IP addresses have none (a dotted quad's digits are a plausible time of day).
 */
final class Skeletons {
    static final int MIN_LENGTH = 10;

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private Skeletons() {}

    static Set<String> of(Secret secret) {
        Set<String> out = new LinkedHashSet<>();
        switch (secret.kind()) {
            case PHONE_NUMBER -> addPhone(out, secret.value());
            case NAME -> addName(out, secret.value());
            case EMAIL -> {
                out.add(skeleton(secret.value()));
                int at = secret.value().indexOf('@');
                if (at > 0) {
                    out.add(skeleton(secret.value().substring(0, at)));
                }
            }
            case POSTAL_ADDRESS -> {
                out.add(skeleton(secret.value()));
                int comma = secret.value().indexOf(',');
                if (comma > 0) {
                    out.add(skeleton(secret.value().substring(0, comma)));
                }
            }
            case MAC_ADDRESS, CARD_NUMBER -> out.add(skeleton(secret.value()));
            case IP_ADDRESS -> { }
        }
        out.removeIf(s -> s.length() < MIN_LENGTH);
        return out;
    }

    /** Lower-case ASCII letters and digits of {@code s}, in order. */
    static String skeleton(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (isAlnum(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    static boolean isAlnum(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static void addName(Set<String> out, String name) {
        String[] words = name.trim().split("[\\s,]+");
        StringBuilder forward = new StringBuilder();
        StringBuilder backward = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            forward.append(skeleton(words[i]));
            backward.append(skeleton(words[words.length - 1 - i]));
        }
        out.add(forward.toString());
        out.add(backward.toString());
    }

    /** National digits, with the country code, with 011 or 00 in front, and national with a trunk 0 abroad. */
    private static void addPhone(Set<String> out, String asPlayed) {
        String body = asPlayed.startsWith("*") && asPlayed.length() > 3 ? asPlayed.substring(3) : asPlayed;
        String digits = skeleton(body).replaceAll("[^0-9]", "");
        String e164 = digits.startsWith("011") ? digits.substring(3)
                : body.trim().startsWith("+") || (digits.length() == 11 && digits.startsWith("1")) ? digits
                : digits.length() == 10 ? "1" + digits : null;
        out.add(digits);
        if (e164 == null) {
            return;
        }
        out.add(e164);
        out.add("011" + e164);
        out.add("00" + e164);
        try {
            PhoneNumber pn = PHONES.parse("+" + e164, "ZZ");
            String national = Long.toString(pn.getNationalNumber());
            out.add(national);
            if (pn.getCountryCode() != 1) {
                out.add("0" + national);
            }
        } catch (NumberParseException notANumber) {
            // The digit forms above still apply; the exception text would quote the number, so it is not kept.
        }
    }
}
