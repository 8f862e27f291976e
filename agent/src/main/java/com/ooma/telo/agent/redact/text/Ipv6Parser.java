package com.ooma.telo.agent.redact.text;

/**
 * A strict IPv6 text parser (RFC 4291 §2.2: eight groups, one {@code ::}, optional trailing dotted quad), used so
 * that clock times such as {@code 23:15:25} and MACs are never taken for addresses.
 */
final class Ipv6Parser {
    private Ipv6Parser() {}

    /** End of an IPv6 address starting at {@code from} (optionally in brackets), or -1. */
    static int end(char[] c, int from, int n) {
        int i = from;
        boolean bracket = i < n && c[i] == '[';
        if (bracket) {
            i++;
        }
        int start = i;
        int groups = 0;
        boolean compressed = false;
        int lastGroupStart = -1;
        while (i < n) {
            if (i + 1 < n && c[i] == ':' && c[i + 1] == ':') {
                if (compressed) {
                    return -1;
                }
                compressed = true;
                i += 2;
                continue;
            }
            if (c[i] == ':' && i > start) {
                if (i + 1 >= n || !LineScan.isHex(c[i + 1])) {
                    break;
                }
                i++;
                continue;
            }
            int g = i;
            while (i < n && i - g < 5 && LineScan.isHex(c[i])) {
                i++;
            }
            if (i == g) {
                break;
            }
            if (i + 1 < n && c[i] == '.' && LineScan.isDigit(c[i + 1]) && groups <= 6) {
                return -1; // embedded IPv4 tails are rare in logs; leave them to the IPv4 parser
            }
            if (i - g > 4) {
                return -1;
            }
            lastGroupStart = g;
            groups++;
            if (i < n && c[i] != ':') {
                break;
            }
        }
        if (lastGroupStart < 0 && !compressed) {
            return -1;
        }
        if (!(compressed ? groups <= 7 : groups == 8)) {
            return -1;
        }
        if (i < n && (LineScan.letterOrDigit(c[i]) || c[i] == '_')) {
            return -1;
        }
        if (i > start && c[i - 1] == ':' && !(i >= 2 && c[i - 2] == ':')) {
            return -1;
        }
        if (i < n && c[i] == '%') { // zone id
            i++;
            while (i < n && LineScan.isWordChar(c[i])) {
                i++;
            }
        }
        if (bracket) {
            return i < n && c[i] == ']' ? i + 1 : -1;
        }
        return i;
    }

    /** {@code ::1} and {@code ::} (bracketed or not). */
    static boolean isLoopbackOrUnspecified(char[] c, int start, int end) {
        String a = new String(c, start, end - start).replace("[", "").replace("]", "");
        return a.equals("::1") || a.equals("::") || a.equals("0:0:0:0:0:0:0:1") || a.equals("0:0:0:0:0:0:0:0");
    }
}
