package com.ooma.telo.agent.redact.text;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Decides whether a digit chunk reads as one number and what kind: SSN ({@code 3-2-4}), card (Luhn plus issuer
 * range, 13–19 digits, Mastercard 2-series included), IMEI (15 digits, Luhn), otherwise phone. libphonenumber is
 * asked only about spaced chunks whose grouping alone does not settle it.
 */
final class PhoneShape {
    private static final PhoneNumberUtil PHONE_UTIL = PhoneNumberUtil.getInstance();
    private final String region;

    PhoneShape(String region) {
        this.region = region;
    }

    boolean readsAsNumber(Chunk k, boolean personalKey) {
        if (notANumber(k) && !personalKey) {
            return false;
        }
        if (k.onlyDots()) {
            return dottedPhone(k) || personalKey && k.groups == 2 && k.groupLen[0] == 3 && k.groupLen[1] == 4;
        }
        if (!k.hasSpace || personalKey || k.plus || k.paren) {
            return true;
        }
        if (k.hasDot || k.hasSlash) {
            return false; // "0.12 0.08 0.05 1/123": decimals and ratios in a spaced list, each judged alone
        }
        if (k.groupLen[0] == 1 && k.maxGroup == 1) {
            return true; // DTMF digits one by one
        }
        char[] d = k.digitChars;
        boolean idd = d[0] == '0' && (d[1] == '0' || d[1] == '1' && d[2] == '1');
        if (d[0] == '0' && k.digits >= 9 && k.digits <= (idd ? 18 : 14) && k.groups <= 5 && !byteDump(k)) {
            return true; // national trunk prefix, 00 and 011 international prefixes
        }
        if (nanp(k) || cardGrouping(k)) {
            return true;
        }
        return k.digits >= 10 && k.digits <= 17 && PHONE_UTIL.isPossibleNumber(k.digitString(), region);
    }

    /**
     * Written the way phone numbers are written, which makes it a phone number whatever key is in front:
     * {@code (650) 555-1212}, {@code 650-555-1212}, {@code 650.555.1212}, {@code +1 650 555 1212},
     * {@code +16505551212}, {@code 0044…}/{@code 011…} international prefixes.
     */
    boolean formatted(Chunk k) {
        if (k.digits > 15 + 3) {
            return false;
        }
        if (k.plus) {
            return k.digits >= 8 && !(k.onlyDots());
        }
        if (k.groups == 1) {
            return false;
        }
        if (k.hasSlash || k.hasComma) {
            return false;
        }
        if (k.onlyDots()) {
            return dottedPhone(k) && k.groups <= 4 && k.maxGroup <= 4;
        }
        return k.paren && k.groups >= 2 && k.digits >= 10 && k.digits <= 12 || nanp(k) && k.groups >= 3;
    }

    /**
     * A bare digit run that reads as a whole number with no context: an international prefix ({@code 0044…},
     * {@code 011…}), a NANP number {@code NXXNXXXXXX} (N = 2–9, also after a 1) in the US and Canada, and elsewhere
     * a number that libphonenumber finds valid for the region as written.
     */
    boolean validBare(Chunk k) {
        char[] d = k.digitChars;
        if (k.digits < 7 || k.digits > 19) {
            return false;
        }
        if (k.digits >= 13 && luhn(k)) {
            return true; // a card or an IMEI: personal with no context
        }
        if (d[0] == '0' && d[1] == '0' && d[2] != '0' && k.digits >= 10 && k.digits <= 17
                || d[0] == '0' && d[1] == '1' && d[2] == '1' && k.digits >= 11 && k.digits <= 18) {
            return true;
        }
        if (k.digits > 15) {
            return false;
        }
        if (region.equals("US") || region.equals("CA")) {
            int o = k.digits == 11 && d[0] == '1' ? 1 : 0;
            return k.digits - o == 10 && d[o] >= '2' && d[o + 3] >= '2';
        }
        try {
            return PHONE_UTIL.isValidNumber(PHONE_UTIL.parse(k.digitString(), region));
        } catch (com.google.i18n.phonenumbers.NumberParseException e) {
            return false;
        }
    }

    /**
     * Shapes that are never a number without a personal key: a year range ({@code 1999 - 2017},
     * {@code 2000-2006}), a ratio or path of numbers ({@code 3676/56383}), a spaced byte dump
     * ({@code 01 01 00 10 01 06 …}).
     */
    static boolean notANumber(Chunk k) {
        int[] l = k.groupLen;
        char[] d = k.digitChars;
        if (k.groups == 2 && l[0] == 4 && l[1] == 4 && !k.plus && !k.paren && year(d, 0) && year(d, 4)) {
            return true;
        }
        if (k.hasSlash && !k.plus && (d[0] != '0' || k.hasDot)) {
            return true; // 3676/56383, delays=0.1/0/0.5/0.6
        }
        if (k.groups == 2 && l[0] == 8 && year(d, 0) && (d[4] == '0' || d[4] == '1') && (d[6] <= '3')) {
            return true; // 20240115-0042: an id that starts with a date
        }
        return k.hasSpace && byteDump(k);
    }

    private static boolean year(char[] d, int at) {
        return d[at] == '1' && d[at + 1] == '9' || d[at] == '2' && d[at + 1] == '0';
    }

    /** Six or more 2-digit groups, or five that do not start like a French number ({@code 06 12 34 56 78}). */
    private static boolean byteDump(Chunk k) {
        if (k.maxGroup != 2 || k.groups < 5 || k.plus) {
            return false;
        }
        for (int i = 0; i < Math.min(k.groups, Chunk.MAX_GROUPS); i++) {
            if (k.groupLen[i] != 2) {
                return false;
            }
        }
        return k.groups > 5 || k.digitChars[0] != '0' || k.digitChars[1] == '0';
    }

    private static boolean dottedPhone(Chunk k) {
        int g = k.groups;
        int[] l = k.groupLen;
        return g == 3 && l[0] == 3 && l[1] == 3 && l[2] == 4
                || g == 4 && l[0] == 1 && l[1] == 3 && l[2] == 3 && l[3] == 4
                || g >= 3 && k.digits >= 9 && l[g - 1] >= 4 && l[0] <= 4 && l[1] >= 2 && k.maxGroup <= 4
                        && allAtLeast(k, 2);
    }

    private static boolean allAtLeast(Chunk k, int min) {
        for (int i = 0; i < Math.min(k.groups, Chunk.MAX_GROUPS); i++) {
            if (k.groupLen[i] < min) {
                return false;
            }
        }
        return true;
    }

    private static boolean nanp(Chunk k) {
        int[] l = k.groupLen;
        return k.groups == 3 && l[0] == 3 && l[1] == 3 && l[2] == 4
                || k.groups == 4 && l[0] == 1 && l[1] == 3 && l[2] == 3 && l[3] == 4
                || k.groups == 2 && l[0] == 3 && (l[1] == 7 || l[1] == 4);
    }

    /** Card and IMEI numbers written in groups (13-19 digits, Luhn-valid or 4 + groups of 3+), SSNs written 3 2 4. */
    private static boolean cardGrouping(Chunk k) {
        return k.digits >= 13 && k.digits <= 19 && (luhn(k) || k.groupLen[0] == 4 && allAtLeast(k, 3))
                || k.groups == 3 && k.groupLen[0] == 3 && k.groupLen[1] == 2 && k.groupLen[2] == 4;
    }

    Placeholder type(Chunk k, KeyWords.Kind kind) {
        switch (kind) {
            case SSN:
                return Placeholder.SSN;
            case IMEI:
                return Placeholder.IMEI;
            case IPEI:
                return Placeholder.IPEI;
            case CARD:
                return Placeholder.CARD;
            default:
                break;
        }
        int[] l = k.groupLen;
        if (k.digits == 9 && k.groups == 3 && l[0] == 3 && l[1] == 2 && l[2] == 4 && !k.plus && !k.hasDot) {
            return Placeholder.SSN;
        }
        if (k.digits >= 13 && k.digits <= 19 && !k.plus && luhn(k) && issuer(k)) {
            return Placeholder.CARD;
        }
        if (k.digits == 15 && !k.plus && k.digitChars[0] != '0' && luhn(k)) {
            return Placeholder.IMEI;
        }
        return Placeholder.PHONE;
    }

    static boolean luhn(Chunk k) {
        if (k.digits > Chunk.MAX_DIGITS) {
            return false;
        }
        int sum = 0;
        for (int i = k.digits - 1, pos = 0; i >= 0; i--, pos++) {
            int d = k.digitChars[i] - '0';
            if ((pos & 1) == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** Issuer ranges (IIN prefixes) of the card networks, with the lengths each issues. */
    static boolean issuer(Chunk k) {
        char[] d = k.digitChars;
        int n = k.digits;
        int p2 = (d[0] - '0') * 10 + d[1] - '0';
        int p4 = p2 * 100 + (d[2] - '0') * 10 + d[3] - '0';
        int p6 = p4 * 100 + (d[4] - '0') * 10 + d[5] - '0';
        if (d[0] == '4') {
            return n == 13 || n == 16 || n == 19; // Visa
        }
        if (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) {
            return n == 16; // Mastercard, 2-series included
        }
        if (p2 == 34 || p2 == 37) {
            return n == 15; // American Express
        }
        if (p4 == 6011 || p2 == 65 || p6 >= 644000 && p6 <= 649999 || p6 >= 622126 && p6 <= 622925) {
            return n >= 16 && n <= 19; // Discover
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return n >= 16 && n <= 19; // JCB
        }
        if (p2 == 36 || p2 == 38 || p2 == 39 || p4 >= 3000 && p4 <= 3059 || p4 == 3095) {
            return n >= 14 && n <= 19; // Diners Club
        }
        if (p2 == 62 || p2 == 81) {
            return n >= 16 && n <= 19; // UnionPay
        }
        if (p2 == 50 || p2 >= 56 && p2 <= 69) {
            return n >= 12 && n <= 19; // Maestro
        }
        return p4 == 2200 || p4 >= 2201 && p4 <= 2204; // Mir
    }
}
