package com.ooma.telo.agent.redact.text;

import java.util.Locale;
import java.util.Set;

/**
 * Whether the user part of a SIP URI (or of a bare {@code user@host}) is personal (docs/redaction.md, "Labelling
 * rules"): a phone number (7+ digits) or a handle is; an extension of 1–6 digits, a feature code ({@code *97}) and
 * a user from the closed service list ({@code registrar}, {@code pinger}, {@code anonymous}, …) are not.
 */
final class SipUser {
    private SipUser() {}

    /** Withheld-identity words: not a name, not a user. */
    static final Set<String> ANONYMOUS = Set.of(
            "anonymous", "unknown", "restricted", "private", "unavailable", "withheld", "anonymous.invalid",
            "out of area", "out-of-area", "blocked", "none", "null", "n/a", "na", "invalid");

    /** The closed list of service users (documented in docs/redaction.md); matched whole, any case. */
    static final Set<String> SERVICE = Set.of(
            "registrar", "pinger", "ping", "options", "keepalive", "voicemail", "vm", "vmail", "asterisk",
            "freeswitch", "kamailio", "opensips", "service", "s", "conference", "conf", "presence", "park",
            "parking", "operator", "emergency", "sos", "mod_sofia", "sipp", "test", "noreply", "no-reply", "mwi",
            "sipgate", "server", "root", "admin", "administrator", "user", "guest", "client", "peer", "host",
            "proxy", "gateway", "trunk", "pbx", "sbc", "daemon", "nobody", "postmaster", "mailer-daemon");

    /** True when {@code [from, to)} is a user part that names a person or a number. */
    static boolean personal(LineScan s, int from, int to) {
        if (to <= from) {
            return false;
        }
        int digits = 0;
        for (int i = from; i < to; i++) {
            char ch = s.c[i];
            if (LineScan.isDigit(ch)) {
                digits++;
            } else if (ch != '+' && ch != '*' && ch != '#' && ch != '-' && ch != '.') {
                return !isService(s, from, to);
            }
        }
        return digits > 6;
    }

    /** True when {@code [from, to)} is a withheld-identity or service word. */
    static boolean isService(LineScan s, int from, int to) {
        if (to - from > 20) {
            return false;
        }
        String user = new String(s.c, from, to - from).toLowerCase(Locale.ROOT);
        return ANONYMOUS.contains(user) || SERVICE.contains(user);
    }

    /**
     * The first {@code @} or URI end at or after {@code from} (the caller looks at the character there). Memoised on
     * the line: a later start before the same stop finds the same stop, so every {@code sip:} of a long run of them
     * costs O(1) after the first, and the line is read once.
     */
    static int stop(LineScan s, int from) {
        if (from >= s.uriFrom && from <= s.uriStop) {
            return s.uriStop;
        }
        int i = from;
        while (i < s.n && !isUriEnd(s.c[i]) && s.c[i] != ';' && s.c[i] != '?' && s.c[i] != '@') {
            i++;
        }
        s.uriFrom = from;
        s.uriStop = i;
        return i;
    }

    /** The end of a URI's host part starting at {@code from}. */
    static int hostEnd(LineScan s, int from) {
        int i = from;
        while (i < s.n && !isUriEnd(s.c[i]) && s.c[i] != ';' && s.c[i] != '?') {
            i++;
        }
        return i;
    }

    /**
     * Start of the user part of a bare {@code user@host} that is a SIP address of record rather than an email: the
     * user is an extension of 1–6 digits ({@code REGISTER for 27368@pbx.example.com}), the host is an IP
     * ({@code chenjohnson@192.0.2.184:10917}), or it is a FreeSWITCH channel ({@code sofia/internal/1000@host}).
     * -1 otherwise (and for {@code sip:user@…}, which the URI rules take).
     */
    static int bareAorUser(LineScan s, int at) {
        int u = at;
        while (u > 0 && at - u < 64 && (LineScan.isWordChar(s.c[u - 1]) || ".+-".indexOf(s.c[u - 1]) >= 0)) {
            u--;
        }
        if (u == at || u > 0 && (s.c[u - 1] == ':' || s.c[u - 1] == '@')) {
            return -1;
        }
        boolean digitsOnly = true;
        for (int k = u; k < at; k++) {
            digitsOnly &= LineScan.isDigit(s.c[k]);
        }
        if (digitsOnly && at - u <= 6) {
            return u;
        }
        int h = at + 1;
        boolean ipHost = s.at(h) == '[' || LineScan.isDigit(s.at(h)) && NetworkScanner.addressEnd(s, h) > 0;
        return ipHost || u > 0 && s.c[u - 1] == '/' && sofiaBefore(s, u - 1) ? u : -1;
    }

    /** A Call-ID or message id shaped like an email: a long run of hex digits (and dashes) before the {@code @}. */
    static boolean idLocalPart(LineScan s, int from, int to) {
        if (to - from < 12 || from > 0 && ":+/".indexOf(s.c[from - 1]) >= 0) {
            return false; // sip:+442079460908@…, tel:, a path: a user, not an id
        }
        int digits = 0;
        int letters = 0;
        for (int k = from; k < to; k++) {
            char ch = s.c[k];
            if (!LineScan.isHex(ch) && ch != '-' && ch != '.') {
                return false;
            }
            digits += LineScan.isDigit(ch) ? 1 : 0;
            letters += LineScan.letter(ch) ? 1 : 0;
        }
        return digits >= 8 && (letters > 0 || digits > 15); // no phone number has 16 digits
    }

    /** True when the path ending at {@code slash} starts with {@code sofia/} (FreeSWITCH's channel names). */
    private static boolean sofiaBefore(LineScan s, int slash) {
        int i = slash;
        while (i > 0 && slash - i < 64 && (LineScan.isWordChar(s.c[i - 1]) || "/.-".indexOf(s.c[i - 1]) >= 0)) {
            i--;
        }
        return s.regionMatchesIgnoreCase(i, "sofia/");
    }

    static boolean isUriEnd(char c) {
        return c == ' ' || c == '>' || c == '<' || c == '"' || c == ',' || c == '\'' || c == ')' || c == ']';
    }
}
