package com.ooma.telo.agent.redact.text;

/**
 * SIP and tel URIs and the display names in front of them. A {@code sip:}/{@code sips:} URI with a user part
 * becomes {@code <SIP_URI>} (user, host and port: the host may be the home's address); a {@code tel:} URI's number
 * becomes {@code <PHONE>}; the display name before {@code <sip:…>}, quoted or not, becomes {@code <NAME>}.
 * Short numeric users (extensions, 911) and withheld-identity users ({@code anonymous}) are not personal.
 */
final class UriScanner {
    /** Display names are short; the cap keeps a long line with many brackets linear. */
    private static final int MAX_NAME_CHARS = 128;

    private UriScanner() {}

    static void scan(LineScan s) {
        for (int i = 0; i < s.n; i++) {
            char ch = s.c[i];
            if ((ch == 's' || ch == 'S') && (i == 0 || !LineScan.letterOrDigit(s.c[i - 1]))) {
                int scheme = s.regionMatchesIgnoreCase(i, "sip:") ? 4 : s.regionMatchesIgnoreCase(i, "sips:") ? 5 : 0;
                if (scheme > 0) {
                    i = sipUri(s, i, i + scheme) - 1;
                }
            } else if ((ch == 't' || ch == 'T') && (i == 0 || !LineScan.letterOrDigit(s.c[i - 1]))
                    && s.regionMatchesIgnoreCase(i, "tel:")) {
                i = telUri(s, i + 4) - 1;
            } else if (ch == '<') {
                displayName(s, i);
            } else if (ch == '@' && s.isFree(i)) {
                bareAor(s, i);
            } else if (ch == '"' && i + 2 < s.n && s.c[i + 1] == ' ' && (s.regionMatchesIgnoreCase(i + 2, "sip:")
                    || s.regionMatchesIgnoreCase(i + 2, "sips:") || s.regionMatchesIgnoreCase(i + 2, "tel:"))) {
                quotedNameEndingAt(s, i); // "Ana Lima" sip:ana@… without angle brackets
            }
        }
    }

    private static int sipUri(LineScan s, int start, int user) {
        int at = SipUser.stop(s, user);
        if (s.at(at) != '@') {
            return at; // no user part: a host, left to the IP scanner (and no later sip: before here has one)
        }
        int end = SipUser.hostEnd(s, at + 1);
        if (!SipUser.personal(s, user, at)) {
            s.harmless(user, at + 1); // sip:301@host, sip:registrar@…: the user is no email either
            return end;
        }
        if (s.isFree(start, end)) {
            s.found(start, end, Placeholder.SIP_URI);
        }
        return end;
    }

    /** A bare SIP address of record ({@code sofia/internal/alice@host}, {@code bob@192.0.2.7}): its user part. */
    private static void bareAor(LineScan s, int at) {
        int u = SipUser.bareAorUser(s, at);
        if (u < 0 || !SipUser.personal(s, u, at) || !s.isFree(u, at)) {
            return;
        }
        boolean number = true;
        for (int k = u; k < at; k++) {
            number &= LineScan.isDigit(s.c[k]) || s.c[k] == '+';
        }
        s.found(u, at, number ? Placeholder.PHONE : Placeholder.NAME);
    }

    private static int telUri(LineScan s, int from) {
        int i = from;
        int digits = 0;
        while (i < s.n && (LineScan.isDigit(s.c[i]) || "+-.() *#".indexOf(s.c[i]) >= 0)) {
            if (s.c[i] == ' ' && !LineScan.isDigit(s.at(i + 1)) && s.at(i + 1) != '(') {
                break;
            }
            digits += LineScan.isDigit(s.c[i]) ? 1 : 0;
            i++;
        }
        int end = i;
        while (end > from && !LineScan.isDigit(s.c[end - 1]) && s.c[end - 1] != ')') {
            end--;
        }
        if (digits >= 7 && s.isFree(from, end)) {
            s.found(from, end, Placeholder.PHONE);
        }
        return i;
    }

    /**
     * Whether the bracket opened before {@code inside} holds an address of record without a scheme, as in
     * {@code "Ana Lima" <ana.lima@example.com>}: an {@code @} before the closing {@code >}, no space in between.
     */
    private static boolean bracketedAddress(LineScan s, int inside) {
        for (int k = inside; k < s.n && k - inside < 256; k++) {
            char c = s.c[k];
            if (c == '@') {
                return k > inside;
            }
            if (c == '>' || c == ' ' || c == '<') {
                return false;
            }
        }
        return false;
    }

    /** The display name before {@code <} when the bracket holds a URI, an address or a number. */
    private static void displayName(LineScan s, int lt) {
        int inside = lt + 1;
        boolean uri = s.regionMatchesIgnoreCase(inside, "sip") || s.regionMatchesIgnoreCase(inside, "tel:")
                || LineScan.isDigit(s.at(inside)) || s.at(inside) == '+'
                || s.regionMatchesIgnoreCase(inside, "mailto:") || bracketedAddress(s, inside);
        int handleEnd = uri ? -1 : handleEnd(s, inside);
        if (!uri && handleEnd < 0) {
            return;
        }
        int end = lt;
        while (end > 0 && s.c[end - 1] == ' ') {
            end--;
        }
        boolean quoted = end > 0 && s.c[end - 1] == '"';
        if (handleEnd > 0 && (quoted || callerKeyBefore(s, nameStart(s, end)))) {
            handle(s, inside, handleEnd); // Asterisk's caller id: "Alice Doe" <ALICE>
        } else if (handleEnd > 0) {
            return; // <EAGAIN>, <html>: a bracketed word with no caller id around it
        }
        if (quoted) {
            int close = end - 1;
            while (close > 0 && s.c[close - 1] == '"' && end - close < 3) {
                close--; // CSV doubles the quotes: """Alice Doe"" <6505551212>"
            }
            int open = close - 1;
            while (open >= 0 && s.c[open] != '"' && end - open < MAX_NAME_CHARS) {
                open--;
            }
            if (open >= 0) {
                markName(s, open + 1, close);
            }
            return;
        }
        int start = nameStart(s, end);
        // only "Header: Name <…" or "…, Name <…": in free text the words before a bracket are not a name
        if (start < 0) {
            return;
        }
        while (start < end && s.c[start] == ' ') {
            start++;
        }
        markName(s, start, end);
    }

    /** Start of an unquoted display name ending at {@code end}, after {@code Header:}, {@code ,} or {@code =}; or -1. */
    private static int nameStart(LineScan s, int end) {
        if (end > 0 && s.c[end - 1] == '\'') {
            return -1; // '<sip:…>' in single quotes: what comes before is the message, not a name
        }
        int start = end;
        int words = 0;
        while (start > 0 && isUnquotedNameChar(s.c[start - 1]) && end - start < MAX_NAME_CHARS) {
            start--;
            words += s.c[start] == ' ' && start + 1 < end && s.c[start + 1] != ' ' ? 1 : 0;
        }
        return start == 0 || ":,=".indexOf(s.c[start - 1]) < 0 || words > 5 ? -1 : start;
    }

    /** "CallerID: Alice Doe <ALICE>", "CALLERID(all)=…", "Connected Line: …": a caller-id label before {@code start}. */
    private static boolean callerKeyBefore(LineScan s, int start) {
        if (start <= 0) {
            return false;
        }
        String label = new String(s.c, Math.max(0, start - 24), Math.min(start, 24)).toLowerCase(java.util.Locale.ROOT);
        return label.contains("caller") || label.contains("clid") || label.contains("cid")
                || label.contains("connected") || label.contains("redirecting");
    }

    /** End of a caller-id handle inside brackets ({@code <ALICE>}, {@code <1000>}): the position of {@code >}, or -1. */
    private static int handleEnd(LineScan s, int from) {
        int i = from;
        while (i < s.n && i - from <= 64 && (LineScan.isWordChar(s.c[i]) || ".+-".indexOf(s.c[i]) >= 0)) {
            i++;
        }
        return i > from && s.at(i) == '>' ? i : -1;
    }

    /** A handle: a phone number (7+ digits), an extension (kept), a service word (kept) or a person's handle. */
    private static void handle(LineScan s, int from, int to) {
        int digits = 0;
        boolean letter = false;
        for (int i = from; i < to; i++) {
            digits += LineScan.isDigit(s.c[i]) ? 1 : 0;
            letter |= LineScan.letter(s.c[i]);
        }
        if (!s.isFree(from, to)) {
            return;
        }
        if (!letter) {
            if (digits > 6) {
                s.found(from, to, Placeholder.PHONE);
            } else {
                s.harmless(from, to);
            }
        } else if (!SipUser.isService(s, from, to)) {
            s.found(from, to, Placeholder.NAME);
        }
    }

    private static void quotedNameEndingAt(LineScan s, int close) {
        int open = close - 1;
        while (open >= 0 && s.c[open] != '"' && close - open < MAX_NAME_CHARS) {
            open--;
        }
        if (open >= 0) {
            markName(s, open + 1, close);
        }
    }

    private static boolean isUnquotedNameChar(char c) {
        return LineScan.letter(c) || c == ' ' || c == '.' || c == '\'' || c == '-';
    }

    static void markName(LineScan s, int start, int end) {
        boolean letter = false;
        for (int i = start; i < end; i++) {
            letter |= LineScan.letter(s.c[i]);
        }
        if (!letter) {
            return;
        }
        String name = new String(s.c, start, end - start).trim().toLowerCase(java.util.Locale.ROOT);
        if (!SipUser.ANONYMOUS.contains(name) && !NameValues.rolesOnly(name) && s.isFree(start, end)) {
            s.found(start, end, Placeholder.NAME);
        }
    }
}
