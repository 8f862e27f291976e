package com.ooma.telo.agent.redact.text;

/**
 * IP and MAC addresses, parsed rather than pattern-matched. Every address is personal (private ones too) except
 * loopback, unspecified and netmask values, which are marked harmless; a dotted quad that a key or a product name
 * calls a version ({@code fw=3.9.7.1}, {@code Telo/3.9.7.1}) is left to the harmless marks. MACs: colon, dash and
 * Cisco-dot forms anywhere, 12 bare hex digits only where the key says MAC.
 */
final class NetworkScanner {
    private NetworkScanner() {}

    static void scan(LineScan s) {
        for (int i = 0; i < s.n; i++) {
            char ch = s.c[i];
            if (!LineScan.isHex(ch) && ch != ':' && ch != '[') {
                continue;
            }
            if (i > 0 && s.c[i - 1] == ':' && ch != ':' && afterHexGroup(s, i - 1)) {
                int end = ipv4(s, i); // inside an IPv6 token only a dotted tail can start: ::ffff:203.0.113.5
                if (end > 0) {
                    claim(s, i, end, Placeholder.IP, ipv4Harmless(s, i));
                    i = end - 1;
                }
                continue;
            }
            if (i > 0 && (LineScan.letterOrDigit(s.c[i - 1]) || s.c[i - 1] == '.' || s.c[i - 1] == '_'
                    || s.c[i - 1] == '-' && LineScan.isHex(s.at(i - 2)))) {
                continue;
            }
            if (!mayBeAddress(s, i)) {
                while (i + 1 < s.n && LineScan.isWordChar(s.c[i + 1])) {
                    i++; // skip the rest of a plain word
                }
                continue;
            }
            int end = mac(s, i);
            if (end == -2) {
                i += 19; // the client-id's MAC is claimed
                continue;
            }
            if (end > 0) {
                claim(s, i, end, Placeholder.MAC, false);
                i = end - 1;
                continue;
            }
            end = ipv4(s, i);
            if (end > 0) {
                claim(s, i, end, Placeholder.IP, ipv4Harmless(s, i));
                i = end - 1;
                continue;
            }
            end = Ipv6Parser.end(s.c, i, s.n);
            if (end > 0) {
                claim(s, i, end, Placeholder.IP, Ipv6Parser.isLoopbackOrUnspecified(s.c, i, end));
                i = end - 1;
            }
        }
    }

    /**
     * Quick filter: an address has a {@code : . -} separator within its first five characters, or (bare MAC)
     * twelve hex digits; a plain word has neither.
     */
    private static boolean mayBeAddress(LineScan s, int i) {
        int p = i;
        while (p < s.n && p - i < 13 && LineScan.isHex(s.c[p])) {
            p++;
        }
        if (p - i >= 12) {
            return true;
        }
        char sep = s.at(p);
        return p - i <= 4 && (sep == ':' || sep == '.' || sep == '-' || sep == ']') || s.c[i] == ':' || s.c[i] == '[';
    }

    /** True when the colon at {@code colon} ends a bare hex group (inside an IPv6 address, not "sip:"). */
    private static boolean afterHexGroup(LineScan s, int colon) {
        int i = colon - 1;
        while (i >= 0 && LineScan.isHex(s.c[i])) {
            i--;
        }
        return i < colon - 1 && (i < 0 || !LineScan.isWordChar(s.c[i])) || i == colon - 1 && i >= 0 && s.c[i] == ':';
    }

    private static void claim(LineScan s, int start, int end, Placeholder type, boolean harmless) {
        if (!s.isFree(start, end)) {
            return;
        }
        if (harmless) {
            s.harmless(start, end);
        } else {
            s.found(start, end, type);
        }
    }

    /** End of an IPv4 or IPv6 address starting at {@code i} (a Call-ID's host), or -1. */
    static int addressEnd(LineScan s, int i) {
        if (LineScan.isDigit(s.at(i))) {
            int end = ipv4(s, i);
            if (end > 0) {
                return end;
            }
        }
        return Ipv6Parser.end(s.c, i, s.n);
    }

    /** End of a MAC address starting at {@code i}, or -1. */
    private static int mac(LineScan s, int i) {
        char sep = s.at(i + 2);
        if ((sep == ':' || sep == '-') && groups(s, i, 6, 2, sep)) {
            if (!continues(s, i + 17, sep)) {
                return i + 17;
            }
            int g = 6;
            while (g < 20 && s.at(i + 3 * g - 1) == sep && groups(s, i + 3 * g, 1, 2, sep)) {
                g++;
            }
            if (g == 7 && s.regionMatchesIgnoreCase(i, "01") && !LineScan.isWordChar(s.at(i + 20))) {
                claim(s, i + 3, i + 20, Placeholder.MAC, false); // DHCP client-id: hardware type 01, then the MAC
                return -2;
            }
            // iptables' MAC=dst:src:type: two MACs and an ethertype (14 bytes), or 12+ bytes under a MAC key
            if ((g == 14 || g >= 12 && KeyWords.classify(s.keyBefore(i)) == KeyWords.Kind.MAC)
                    && !LineScan.isWordChar(s.at(i + 3 * g - 1))) {
                claim(s, i + 18, i + 35, Placeholder.MAC, false);
                return i + 17;
            }
        }
        if (s.at(i + 4) == '.' && groups(s, i, 3, 4, '.') && !continues(s, i + 14, '.')) {
            return i + 14;
        }
        if (groups(s, i, 1, 12, '\0') && !LineScan.isWordChar(s.at(i + 12))
                && KeyWords.classify(s.keyBefore(i)) == KeyWords.Kind.MAC) {
            return i + 12;
        }
        return -1;
    }

    private static boolean groups(LineScan s, int i, int count, int width, char sep) {
        int p = i;
        for (int g = 0; g < count; g++) {
            for (int k = 0; k < width; k++, p++) {
                if (!LineScan.isHex(s.at(p))) {
                    return false;
                }
            }
            if (g < count - 1 && s.at(p++) != sep) {
                return false;
            }
        }
        return true;
    }

    private static boolean continues(LineScan s, int end, char sep) {
        return LineScan.isWordChar(s.at(end)) || s.at(end) == sep && LineScan.isHex(s.at(end + 1));
    }

    /** End of a dotted-quad IPv4 address (each part 0-255) at {@code i}, or -1. */
    private static int ipv4(LineScan s, int i) {
        int p = i;
        for (int part = 0; part < 4; part++) {
            int v = 0;
            int d = 0;
            while (d < 3 && LineScan.isDigit(s.at(p))) {
                v = v * 10 + s.at(p) - '0';
                p++;
                d++;
            }
            if (d == 0 || v > 255 || LineScan.isDigit(s.at(p))) {
                return -1;
            }
            if (part < 3 && s.at(p++) != '.') {
                return -1;
            }
        }
        if (LineScan.letterOrDigit(s.at(p)) || s.at(p) == '.' && LineScan.isDigit(s.at(p + 1))) {
            return -1; // 1.2.3.4.5 is a version, 1.2.3.4a is not an address
        }
        return p;
    }

    /** Loopback, unspecified, netmasks, and quads that the harmless marks already call versions. */
    private static boolean ipv4Harmless(LineScan s, int i) {
        if (s.regionMatchesIgnoreCase(i, "127.") || s.regionMatchesIgnoreCase(i, "0.0.0.0")
                || s.regionMatchesIgnoreCase(i, "255.")) {
            return true;
        }
        KeyWords.Kind k = KeyWords.classify(s.keyBefore(i));
        if (k == KeyWords.Kind.VERSION || KeyWords.versionPhrase(s.phraseBefore(i)) || s.inProductHeader(i)) {
            return true;
        }
        int end = ipv4(s, i);
        return s.regionMatchesIgnoreCase(end, " (build") || s.at(end) == '-' && KeyWords.releaseTag(s, end + 1)
                || s.at(end) == '+' || s.at(end) == '_'; // 7.2.0.115 (build …), 4.1.0.2-rc1
    }
}
