package com.ooma.telo.agent.redact.text;

import java.util.Set;

/**
 * Harmless shapes of PBX and daemon logs that hold long digit runs: Asterisk channel names
 * ({@code PJSIP/BOB-00000014}, {@code Local/100@from-internal-00000002;1}), call tags ({@code [C-00000000]}) and
 * pid/tid columns ({@code udhcpc[1234]:}, {@code VERBOSE[1234567]}). Each returns the end of what it marked, or -1.
 */
final class LogShapes {
    private LogShapes() {}

    /** Channel technologies of Asterisk (and the {@code sofia/…} profiles of FreeSWITCH do not take this shape). */
    private static final Set<String> TECH = Set.of(
            "pjsip", "sip", "iax2", "dahdi", "local", "zap", "console", "skinny", "mgcp", "h323", "ooh323",
            "motif", "unistim", "multicastrtp", "websocket", "rtp", "unicastrtp", "snoop", "announcer",
            "recorder", "bridgemedia", "cbannouncer", "cbrecorder", "message", "dongle", "chan");

    private static final String[] TECHS = TECH.toArray(new String[0]);

    /** True when the word ending at {@code slash} (exclusive) is a channel technology. */
    static boolean techBefore(LineScan s, int slash) {
        int i = slash;
        while (i > 0 && LineScan.isWordChar(s.c[i - 1]) && slash - i <= 14) {
            i--;
        }
        if (i == slash || i > 0 && (LineScan.isWordChar(s.c[i - 1]) || s.c[i - 1] == '/')) {
            return false;
        }
        for (String t : TECHS) {
            if (t.length() == slash - i && s.regionMatchesIgnoreCase(i, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code TECH/endpoint-XXXXXXXX[;N]} at the slash {@code slash}: marks the 8-hex-digit counter harmless, and the
     * endpoint too unless it holds a phone number (7+ digits), which the number rule then takes. -1 if not one.
     */
    static int channel(LineScan s, int slash) {
        if (!techBefore(s, slash)) {
            return -1;
        }
        int from = slash + 1;
        int i = from;
        if (s.at(i) == '<') { // PJSIP/<PHONE>-00000014, as the residual gate reads a redacted line
            while (i < s.n && i - from < 16 && s.c[i] != '>') {
                i++;
            }
            i++;
        }
        while (i < s.n && i - from < 128 && (LineScan.isWordChar(s.c[i]) || ".@+-".indexOf(s.c[i]) >= 0)) {
            i++;
        }
        int suffix = i - 9;
        if (suffix <= from || s.c[suffix] != '-' || !hex(s, suffix + 1, 8)) {
            return -1;
        }
        int end = i;
        if (s.at(end) == ';' && LineScan.isDigit(s.at(end + 1)) && !LineScan.isWordChar(s.at(end + 2))) {
            end += 2; // Local/…;1
        }
        s.harmless(longestDigitRun(s, from, suffix) > 6 ? suffix : from, end);
        return end;
    }

    /** {@code C-00000000} (Asterisk call ids in {@code [C-…]}) at {@code i}; -1 if not one. */
    static int callTag(LineScan s, int i) {
        if ((s.at(i) != 'C') || s.at(i + 1) != '-' || !hex(s, i + 2, 8) || LineScan.isWordChar(s.at(i + 10))) {
            return -1;
        }
        s.harmless(i, i + 10);
        return i + 10;
    }

    /**
     * Android logcat's {@code MM-DD HH:MM:SS.mmm  PID  TID L Tag:} prefix at {@code i}: the date, the time and the
     * pid and tid columns are harmless. Returns the end of the prefix, or -1.
     */
    static int logcat(LineScan s, int i) {
        if (!(d2(s, i) && s.at(i + 2) == '-' && d2(s, i + 3) && s.at(i + 5) == ' ' && d2(s, i + 6)
                && s.at(i + 8) == ':' && d2(s, i + 9) && s.at(i + 11) == ':' && d2(s, i + 12) && s.at(i + 14) == '.')) {
            return -1;
        }
        int p = i + 15;
        while (LineScan.isDigit(s.at(p)) && p - i < 21) {
            p++;
        }
        int end = p;
        for (int col = 0; col < 2; col++) {
            int q = p;
            while (s.at(q) == ' ') {
                q++;
            }
            int d = q;
            while (LineScan.isDigit(s.at(q)) && q - d < 8) {
                q++;
            }
            if (q == d || q == p || s.at(q) != ' ') {
                break;
            }
            p = q;
        }
        int q = p;
        while (s.at(q) == ' ') {
            q++;
        }
        if (p > end && "VDIWEFA".indexOf(s.at(q)) >= 0 && s.at(q + 1) == ' ') {
            end = p; // the pid and tid columns, followed by the level letter
        }
        s.harmless(i, end);
        return end;
    }

    /**
     * dnsmasq-dhcp's transaction id right after the syslog tag ({@code dnsmasq-dhcp[1234]: 2794502840 DHCPACK…}):
     * at the {@code :} of {@code prog[pid]:}, marks the id harmless. Returns its end, or -1.
     */
    static int syslogXid(LineScan s, int colon) {
        if (colon < 3 || s.c[colon - 1] != ']' || s.at(colon + 1) != ' ' || !LineScan.isDigit(s.at(colon + 2))) {
            return -1;
        }
        int open = colon - 2;
        while (open > 0 && LineScan.isDigit(s.c[open]) && colon - open < 10) {
            open--;
        }
        if (s.c[open] != '[' || !s.regionMatchesIgnoreCase(Math.max(0, open - 4), "dhcp")) {
            return -1;
        }
        int v = colon + 2;
        int e = v;
        while (LineScan.isDigit(s.at(e)) && e - v < 11) {
            e++;
        }
        if (s.at(e) != ' ') {
            return -1;
        }
        s.harmless(v, e);
        return e;
    }

    /**
     * A postfix queue id (6–12 upper-case hex digits) right after the syslog tag {@code postfix/…[pid]: }, after
     * "queued as " or after "notification: ": at its first character {@code i}, marks it harmless. Returns its end,
     * or -1.
     */
    static int postfixQueueId(LineScan s, int i) {
        if (!s.has(LineScan.POSTFIX)) {
            return -1;
        }
        int e = i;
        while (e < s.n && e - i <= 12 && (LineScan.isDigit(s.c[e]) || s.c[e] >= 'A' && s.c[e] <= 'F')) {
            e++;
        }
        if (e - i < 6 || e - i > 12 || LineScan.isWordChar(s.at(e))) {
            return -1;
        }
        boolean afterTag = i >= 3 && s.c[i - 1] == ' ' && s.c[i - 2] == ':' && s.c[i - 3] == ']';
        if (!afterTag && !s.regionMatchesIgnoreCase(i - 10, "queued as ")
                && !s.regionMatchesIgnoreCase(i - 14, "notification: ")) {
            return -1;
        }
        s.harmless(i, e);
        return e;
    }

    private static boolean d2(LineScan s, int i) {
        return LineScan.isDigit(s.at(i)) && LineScan.isDigit(s.at(i + 1));
    }

    /** {@code prog[1234]} or {@code prog(1234)}: a process or thread id after a name; -1 if not one. */
    static int pidColumn(LineScan s, int open) {
        if (open == 0 || !LineScan.letter(s.c[open - 1]) && !LineScan.isDigit(s.c[open - 1])) {
            return -1;
        }
        char close = s.c[open] == '[' ? ']' : ')';
        int i = open + 1;
        while (LineScan.isDigit(s.at(i)) && i - open <= 10) {
            i++;
        }
        if (i == open + 1 || s.at(i) != close) {
            return -1;
        }
        KeyWords.Kind k = KeyWords.classify(s.keyBefore(open + 1));
        if (k == KeyWords.Kind.PERSONAL || k == KeyWords.Kind.NAME || k == KeyWords.Kind.CARD
                || k == KeyWords.Kind.SSN || k == KeyWords.Kind.IMEI || k == KeyWords.Kind.IPEI) {
            return -1; // num(6505551212) is a number, not a pid
        }
        s.harmless(open + 1, i);
        return i;
    }

    private static boolean hex(LineScan s, int from, int count) {
        for (int k = 0; k < count; k++) {
            if (!LineScan.isHex(s.at(from + k))) {
                return false;
            }
        }
        return true;
    }

    private static int longestDigitRun(LineScan s, int from, int to) {
        int best = 0;
        int run = 0;
        for (int i = from; i < to; i++) {
            run = LineScan.isDigit(s.c[i]) ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
