package com.ooma.telo.simulator.leak;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Every way a played number or name could reappear: as played, digits only, with and without the leading 1 / +1,
 * the usual formatted forms, URL-encoded, and in other letter cases or word orders.
 */
final class Spellings {
    /** Shorter strings match by chance in binary files; every personal item has at least this many characters. */
    static final int MIN_LENGTH = 7;

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private Spellings() {}

    /** Every exact spelling of a secret of any kind (each at least {@link #MIN_LENGTH} characters). */
    static Set<String> of(Secret secret) {
        Set<String> out = switch (secret.kind()) {
            case PHONE_NUMBER -> ofNumber(secret.value());
            case NAME -> ofName(secret.value());
            case EMAIL -> ofEmail(secret.value());
            case POSTAL_ADDRESS -> ofAddress(secret.value());
            case MAC_ADDRESS -> ofMac(secret.value());
            case IP_ADDRESS -> ofIpv4(secret.value());
            case CARD_NUMBER -> ofCard(secret.value());
        };
        out.removeIf(s -> s.length() < MIN_LENGTH);
        return out;
    }

    static Set<String> ofEmail(String asPlayed) {
        Set<String> out = new LinkedHashSet<>();
        String email = asPlayed.trim();
        out.add(email);
        out.add(email.replace("@", "%40"));
        out.add(email.replace("@", " at ").replace(".", " dot "));
        int at = email.indexOf('@');
        if (at > 0) {
            out.add(email.substring(0, at));
        }
        return out;
    }

    static Set<String> ofAddress(String asPlayed) {
        Set<String> base = new LinkedHashSet<>();
        String address = asPlayed.trim().replaceAll("\\s+", " ");
        base.add(asPlayed);
        base.add(address);
        int comma = address.indexOf(',');
        if (comma > 0) {
            base.add(address.substring(0, comma));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : base) {
            out.add(s);
            out.add(s.replace(" ", "%20"));
            out.add(s.replace(" ", "+"));
            out.add(s.replace(", ", "%2C%20").replace(" ", "%20"));
        }
        return out;
    }

    static Set<String> ofMac(String asPlayed) {
        String hex = asPlayed.replaceAll("[^0-9A-Fa-f]", "").toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(asPlayed);
        out.add(hex);
        if (hex.length() == 12) {
            for (String sep : new String[] {":", "-", " ", "%3A"}) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 12; i += 2) {
                    sb.append(i == 0 ? "" : sep).append(hex, i, i + 2);
                }
                out.add(sb.toString());
            }
            out.add(hex.substring(0, 4) + "." + hex.substring(4, 8) + "." + hex.substring(8));
        }
        return out;
    }

    static Set<String> ofIpv4(String asPlayed) {
        Set<String> out = new LinkedHashSet<>();
        String ip = asPlayed.trim();
        out.add(ip);
        String[] octets = ip.split("\\.");
        if (octets.length == 4) {
            out.add(String.join("-", octets));
            out.add(String.join("_", octets));
            out.add(octets[3] + "." + octets[2] + "." + octets[1] + "." + octets[0]);
            out.add(octets[3] + "-" + octets[2] + "-" + octets[1] + "-" + octets[0]);
        }
        return out;
    }

    static Set<String> ofCard(String asPlayed) {
        String digits = asPlayed.replaceAll("[^0-9]", "");
        Set<String> out = new LinkedHashSet<>();
        out.add(asPlayed);
        out.add(digits);
        for (String sep : new String[] {" ", "-", "."}) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < digits.length(); i += 4) {
                sb.append(i == 0 ? "" : sep).append(digits, i, Math.min(digits.length(), i + 4));
            }
            out.add(sb.toString());
        }
        return out;
    }

    static Set<String> ofNumber(String asPlayed) {
        Set<String> out = new LinkedHashSet<>();
        out.add(asPlayed);
        // A vertical service code (*67) is dialled in front of the number; it is not part of it.
        String body = asPlayed.startsWith("*") && asPlayed.length() > 3 ? asPlayed.substring(3) : asPlayed;
        String digits = body.replaceAll("[^0-9]", "");
        out.add(digits);
        String e164 = toE164(body.trim(), digits);
        if (e164 == null) {
            addSubscriberForms(out, digits);
        } else {
            addE164Forms(out, e164);
        }
        out.removeIf(s -> s.length() < MIN_LENGTH);
        return out;
    }

    static Set<String> ofName(String asPlayed) {
        Set<String> base = new LinkedHashSet<>();
        String name = asPlayed.trim().replaceAll("\\s+", " ");
        base.add(asPlayed);
        base.add(name);
        String[] words = name.split(" ");
        if (words.length == 2) {
            base.add(words[1] + " " + words[0]);
            base.add(words[0] + ", " + words[1]);
            base.add(words[1] + ", " + words[0]);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : base) {
            out.add(s);
            out.add(s.toLowerCase(Locale.ROOT));
            out.add(s.toUpperCase(Locale.ROOT));
            out.add(s.replace(" ", "%20"));
            out.add(s.replace(" ", "+"));
            out.add(s.replace(" ", "_"));
        }
        out.removeIf(s -> s.length() < MIN_LENGTH);
        return out;
    }

    private static String toE164(String body, String digits) {
        if (digits.startsWith("011")) {
            return "+" + digits.substring(3);
        }
        if (body.startsWith("+")) {
            return "+" + digits;
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "+" + digits;
        }
        return digits.length() == 10 ? "+1" + digits : null;
    }

    private static void addE164Forms(Set<String> out, String e164) {
        String bare = e164.substring(1);
        out.add(e164);
        out.add(bare);
        out.add("%2B" + bare);
        out.add("00" + bare);
        try {
            PhoneNumber pn = PHONES.parse(e164, "ZZ");
            for (PhoneNumberFormat f : PhoneNumberFormat.values()) {
                String formatted = PHONES.format(pn, f);
                out.add(formatted);
                out.add(formatted.replaceAll("[^0-9]", ""));
            }
            if (pn.getCountryCode() == 1) {
                addNanpForms(out, bare.substring(1));
            } else {
                out.add("011" + bare);
            }
        } catch (NumberParseException notANumber) {
            // Only the digit forms above apply; the exception text would quote the number, so it is not kept.
        }
    }

    private static void addNanpForms(Set<String> out, String tenDigits) {
        String a = tenDigits.substring(0, 3);
        String e = tenDigits.substring(3, 6);
        String s = tenDigits.substring(6);
        out.add(tenDigits);
        out.add("1" + tenDigits);
        for (String sep : new String[] {"-", ".", " "}) {
            out.add(a + sep + e + sep + s);
            out.add("1" + sep + a + sep + e + sep + s);
            out.add("+1" + sep + a + sep + e + sep + s);
        }
        out.add("(" + a + ") " + e + "-" + s);
        out.add("(" + a + ")" + e + "-" + s);
        out.add("+1 (" + a + ") " + e + "-" + s);
        addSubscriberForms(out, e + s);
    }

    private static void addSubscriberForms(Set<String> out, String sevenDigits) {
        if (sevenDigits.length() != 7) {
            return;
        }
        String e = sevenDigits.substring(0, 3);
        String s = sevenDigits.substring(3);
        out.add(sevenDigits);
        out.add(e + "-" + s);
        out.add(e + "." + s);
        out.add(e + " " + s);
    }
}
