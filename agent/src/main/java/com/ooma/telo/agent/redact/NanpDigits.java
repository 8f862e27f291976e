package com.ooma.telo.agent.redact;

/**
 * A short cut past libphonenumber for the spellings a North American hub sees on nearly every call: {@code +1}
 * and ten digits, or (in a NANP home region) ten digits or {@code 1} and ten, with only spaces, dashes, dots and
 * brackets between them. For exactly these strings libphonenumber's parse gives country code 1 and the ten digits
 * as the national number, whatever the separators; {@code NanpDigitsTest} checks that on every spelling it takes.
 * Anything else (extensions, letters, other country codes, seven digits, a first digit of 0 or 1) is not taken and
 * goes to libphonenumber, whose regular expressions cost tens of microseconds a number under C1.
 */
final class NanpDigits {
    private NanpDigits() {
    }

    /**
     * The ten-digit national number, or null when the string is not one of the spellings taken.
     *
     * @param s            the stripped number as dialled or presented
     * @param homeIsNanp   the home region's country code is 1, so a number without {@code +} is read as NANP
     */
    static String national(String s, boolean homeIsNanp) {
        int n = s.length();
        if (n < 10 || n > 24) {
            return null;
        }
        boolean plus = s.charAt(0) == '+';
        char[] digits = new char[11];
        int count = 0;
        for (int i = plus ? 1 : 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count == 11) {
                    return null;
                }
                digits[count++] = c;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return null;
            }
        }
        int from;
        if (count == 11 && digits[0] == '1' && (plus || homeIsNanp)) {
            from = 1;
        } else if (count == 10 && !plus && homeIsNanp) {
            from = 0;
        } else {
            return null;
        }
        if (digits[from] < '2') {
            return null; // an area code never starts with 0 or 1: leave the odd cases to libphonenumber
        }
        return new String(digits, from, 10);
    }
}
