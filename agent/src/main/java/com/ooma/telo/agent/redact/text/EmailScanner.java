package com.ooma.telo.agent.redact.text;

/**
 * Email addresses ({@code local@domain.tld}, after percent-decoding, so {@code jo%40example.com} is found too).
 * The local part takes letters, digits and {@code . _ % + - ~} (not the {@code = / '} that delimit log fields); the domain needs a dot and a final label of two or more letters,
 * which leaves SIP Call-IDs such as {@code 17f5…@sbc1} alone.
 */
final class EmailScanner {
    private EmailScanner() {}

    static void scan(LineScan s) {
        for (int i = 0; i < s.n; i++) {
            if (s.c[i] == '@') {
                long span = emailAround(s, i);
                if (span >= 0) {
                    int start = (int) (span >>> 32);
                    int end = (int) span;
                    if (s.isFree(start, end)) {
                        s.found(start, end, Placeholder.EMAIL);
                    }
                    i = end - 1;
                }
            }
        }
    }

    /** True when an email-shaped token remains anywhere outside harmless tokens (the residual gate's test). */
    static boolean anyLeft(LineScan s) {
        for (int i = 0; i < s.n; i++) {
            if (s.c[i] == '@' && !s.isHarmless(i) && emailAround(s, i) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** start<<32 | end of the email around the '@' at {@code at}, or -1. */
    private static long emailAround(LineScan s, int at) {
        int start = at;
        while (start > 0 && isLocal(s.c[start - 1])) {
            start--;
        }
        while (start < at && s.c[start] == '.') {
            start++;
        }
        if (start == at) {
            return -1;
        }
        int end = at + 1;
        while (end < s.n && (LineScan.letterOrDigit(s.c[end]) || s.c[end] == '-' || s.c[end] == '.')) {
            end++;
        }
        while (end > at + 1 && (s.c[end - 1] == '.' || s.c[end - 1] == '-')) {
            end--;
        }
        int lastDot = -1;
        for (int k = end - 1; k > at && lastDot < 0; k--) {
            lastDot = s.c[k] == '.' ? k : -1;
        }
        if (lastDot <= at + 1 || end - lastDot < 3) {
            return -1;
        }
        for (int k = lastDot + 1; k < end; k++) {
            if (!LineScan.letter(s.c[k])) {
                return -1;
            }
        }
        return (long) start << 32 | end;
    }

    private static boolean isLocal(char c) {
        return LineScan.letterOrDigit(c) || "._%+-~".indexOf(c) >= 0; // not = / ' : they delimit log fields
    }
}
