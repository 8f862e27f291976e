package com.ooma.telo.agent.redact.text;

/**
 * Marks what is known to be harmless before anything personal is looked for, so no later scanner (and not the
 * residual gate) mistakes it for a number: ISO timestamps, UUIDs, long hex ids, version strings after a product
 * name, SIP Call-ID/tag/branch values and the numeric fields of SDP {@code o=}, {@code t=} and {@code m=} lines.
 */
final class HarmlessTokens {
    private HarmlessTokens() {}

    static void mark(LineScan s) {
        char[] c = s.c;
        int n = s.n;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            boolean boundary = i == 0 || !LineScan.isWordChar(c[i - 1]);
            if (LineScan.isDigit(ch) && boundary) {
                int end = TimestampShape.end(s, i);
                if (end < 0) {
                    end = LogShapes.logcat(s, i);
                }
                if (end < 0) {
                    end = LogShapes.postfixQueueId(s, i); // postfix/bounce[1596]: 4898671554: …
                }
                if (end > i) {
                    s.harmless(i, end);
                    i = end - 1;
                    continue;
                }
            }
            if (LineScan.isHex(ch) && boundary) {
                int end = uuid(s, i);
                if (end < 0) {
                    end = hexId(s, i);
                }
                if (end > i) {
                    s.harmless(i, end);
                    i = end - 1;
                    continue;
                }
            }
            if ((ch == 's' || ch == 'S') && boundary && (s.regionMatchesIgnoreCase(i, "sip:")
                    || s.regionMatchesIgnoreCase(i, "sips:"))) {
                int user = i + (c[i + 3] == ':' ? 4 : 5);
                int at = SipUser.stop(s, user);
                if (s.at(at) == '@' && !SipUser.personal(s, user, at)) {
                    s.harmless(user, at + 1); // sip:301@…, sip:registrar@…: no person, and no email either
                    i = at;
                    continue;
                }
            }
            if (ch == 'z' && s.regionMatchesIgnoreCase(i, "z9hG4bK") && (i == 0 || !LineScan.isWordChar(c[i - 1]))) {
                int end = tokenEnd(s, i); // a Via branch by RFC 3261's magic cookie, wherever it is printed
                s.harmless(i, end);
                i = end - 1;
                continue;
            }
            if ((ch == 'c' || ch == 'C') && boundary && s.at(i + 3) == ':' && s.regionMatchesIgnoreCase(i, "cid:")) {
                int end = tokenEnd(s, i); // cid:target123@example.com: a Content-ID reference (RFC 2392)
                s.harmless(i, end);
                i = end - 1;
                continue;
            }
            if (ch == 'C' && boundary) {
                int end = LogShapes.callTag(s, i);
                if (end > 0) {
                    i = end - 1;
                    continue;
                }
            }
            if ((ch == '[' || ch == '(') && i > 0) {
                int end = LogShapes.pidColumn(s, i);
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            if (ch == '/' && i > 0 && LineScan.isWordChar(c[i - 1])) {
                int end = LogShapes.channel(s, i);
                if (end > 0) {
                    i = end - 1;
                    continue;
                }
            }
            if (ch == '/' && i > 0 && LineScan.letterOrDigit(c[i - 1]) && LineScan.isDigit(s.at(i + 1))) {
                int product = productStart(s, i);
                int end = versionEnd(s, i + 1);
                // Telo/3.9.7.1, SIP/2.0: a product name (not a path segment) and a dotted or short version
                if (LineScan.letter(c[product]) && (product == 0 || c[product - 1] != '/')
                        && (dotted(s, i + 1, end) || end - i - 1 <= 6)) {
                    s.harmless(i + 1, end);
                    i = end - 1;
                    continue;
                }
            }
            if ((ch == 'v' || ch == 'V') && boundary && LineScan.isDigit(s.at(i + 1))
                    && (s.at(i + 2) == '.' || LineScan.isDigit(s.at(i + 2)) && s.at(i + 3) == '.')) {
                int end = versionEnd(s, i + 1);
                s.harmless(i, end);
                i = end - 1;
                continue;
            }
            if (ch == '@' && s.isFree(i)) {
                int u = SipUser.bareAorUser(s, i);
                int w = u >= 0 ? u : wordStart(s, i);
                if (u >= 0 && !SipUser.personal(s, u, i) || u < 0 && SipUser.idLocalPart(s, w, i)) {
                    s.harmless(w, i + 1); // 1000@pbx.example.com (an extension), 9204e17…@host (a Call-ID)
                }
            } else if (ch == ':' && LogShapes.syslogXid(s, i) > 0) {
                i = LogShapes.syslogXid(s, i) - 1;
            } else if (ch == '=' || ch == ':') {
                i = Math.max(i, markKeyedValue(s, i) - 1);
            } else if (boundary && LineScan.isWordChar(ch)) {
                int start = i;
                while (i + 1 < n && LineScan.isWordChar(c[i + 1])) {
                    i++; // nothing starts inside a word
                }
                if (s.at(i + 1) == '@' && (start == 0 || "._%+-~".indexOf(c[start - 1]) < 0)
                        && SipUser.isService(s, start, i + 1)) {
                    s.harmless(start, i + 2); // registrar@sip.example.com: a service address, not a person's
                }
            }
        }
    }

    /** Values that are identifiers by definition: Call-ID, tags, branches, SDP session fields. Returns their end. */
    private static int markKeyedValue(LineScan s, int sep) {
        String key = KeyWords.lower(s.keyBefore(sep + 1));
        int v = sep + 1;
        while (s.at(v) == ' ') {
            v++;
        }
        // SDP fields are lower-case and hold numbers: Kamailio's T=sip:… and M='REGISTER …' are not SDP
        boolean eq = s.c[sep] == '=';
        boolean sdp = eq && sep > 0 && s.c[sep - 1] >= 'a' && s.c[sep - 1] <= 'z';
        switch (key) {
            case "call-id", "callid", "call_id", "tag", "to-tag", "from-tag", "branch", "dialogid",
                    "x-call-id", "session-id", "sessionid", "correlation-id", "x-request-id", "request-id",
                    "trace-id", "traceid", "in-reply-to", "replaces", "content-id", "message-id", "msgid",
                    "x-msg-id" -> {
                return idValue(s, v, tokenEnd(s, v));
            }
            case "i" -> {
                if (!eq && sep == 1) {
                    return idValue(s, v, tokenEnd(s, v)); // compact Call-ID header
                }
            }
            case "o" -> {
                if (sdp) {
                    return sdpNumbers(s, tokenEnd(s, v), 2);
                }
            }
            case "t" -> {
                if (sdp && LineScan.isDigit(s.at(v))) {
                    return sdpNumbers(s, v, 2);
                }
            }
            case "m" -> {
                if (sdp) {
                    return SdpMedia.mark(s, v);
                }
            }
            default -> {
                if (KeyWords.classify(key) == KeyWords.Kind.VERSION) {
                    int end = tokenEnd(s, v);
                    s.harmless(v, end);
                    return end;
                }
            }
        }
        return sep + 1;
    }

    /**
     * A Call-ID, tag or branch: harmless, except an IP address in it ({@code a84b4c76e66710@203.0.113.7}), which the
     * IP rule takes as it does everywhere else.
     */
    private static int idValue(LineScan s, int v, int end) {
        int from = v;
        for (int i = v; i < end; i++) {
            if ((i == v || !LineScan.isDigit(s.c[i - 1]) && s.c[i - 1] != '.' && s.c[i - 1] != ':')
                    && (LineScan.isDigit(s.c[i]) || s.c[i] == '[' || LineScan.isHex(s.c[i]) && s.c[i - 1] == '@')) {
                int ip = NetworkScanner.addressEnd(s, i);
                if (ip > i && ip <= end) {
                    s.harmless(from, i);
                    from = ip;
                    i = ip - 1;
                }
            }
        }
        s.harmless(from, end);
        return end;
    }

    /** The next {@code count} tokens, when each is a number (SDP session id and version, start and stop time). */
    private static int sdpNumbers(LineScan s, int from, int count) {
        int i = from;
        for (int k = 0; k < count; k++) {
            while (s.at(i) == ' ') {
                i++;
            }
            int end = tokenEnd(s, i);
            for (int d = i; d < end; d++) {
                if (!LineScan.isDigit(s.c[d])) {
                    return i;
                }
            }
            s.harmless(i, end);
            i = end;
        }
        return i;
    }

    private static int wordStart(LineScan s, int at) {
        int w = at;
        while (w > 0 && at - w < 64 && (LineScan.isWordChar(s.c[w - 1]) || s.c[w - 1] == '-' || s.c[w - 1] == '.')) {
            w--;
        }
        return w;
    }

    static int tokenEnd(LineScan s, int from) {
        int i = from;
        while (i < s.n && s.c[i] != ' ' && s.c[i] != ';' && s.c[i] != ',' && s.c[i] != '>' && s.c[i] != '"') {
            i++;
        }
        return i;
    }

    private static int productStart(LineScan s, int slash) {
        int i = slash - 1;
        while (i > 0 && (LineScan.letterOrDigit(s.c[i - 1]) || s.c[i - 1] == '-' || s.c[i - 1] == '_')) {
            i--;
        }
        return i;
    }

    private static boolean dotted(LineScan s, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (s.c[i] == '.' && LineScan.isDigit(s.c[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static int versionEnd(LineScan s, int from) {
        int i = from;
        while (i < s.n && (LineScan.letterOrDigit(s.c[i]) || s.c[i] == '.' || s.c[i] == '-' || s.c[i] == '_')) {
            i++;
        }
        return i;
    }

    private static final int[] UUID_GROUPS = {8, 4, 4, 4, 12};

    private static int uuid(LineScan s, int i) {
        if (s.at(i + 8) != '-') {
            return -1;
        }
        int p = i;
        for (int g = 0; g < UUID_GROUPS.length; g++) {
            for (int k = 0; k < UUID_GROUPS[g]; k++, p++) {
                if (!LineScan.isHex(s.at(p))) {
                    return -1;
                }
            }
            if (g < 4 && s.at(p++) != '-') {
                return -1;
            }
        }
        return LineScan.isWordChar(s.at(p)) ? -1 : p;
    }

    /**
     * A run of 12+ hex digits holding letters and digits (Call-IDs, branch ids, hashes), or {@code 0x…}; -1 when
     * a short one also holds ten decimal digits in a row (a number glued to hex letters), or a key says MAC/IPEI.
     */
    private static int hexId(LineScan s, int i) {
        int p = s.at(i) == '0' && (s.at(i + 1) == 'x' || s.at(i + 1) == 'X') ? i + 2 : i;
        boolean prefixed = p != i;
        int letters = 0;
        int digits = 0;
        int run = 0;
        int maxRun = 0;
        while (p < s.n && LineScan.isHex(s.c[p])) {
            if (LineScan.isDigit(s.c[p])) {
                digits++;
                maxRun = Math.max(maxRun, ++run);
            } else {
                letters++;
                run = 0;
            }
            p++;
        }
        if (p < s.n && LineScan.isWordChar(s.c[p])) {
            return -1;
        }
        int len = p - i;
        boolean mixed = letters > 0 && digits > 0;
        // pointers are 8 or 16 hex digits wide (pc 000000000008694c), hashes 24+; other ids need 12+ and no
        // ten-digit decimal run (a number glued to hex letters)
        boolean pointer = mixed && (len == 8 || len == 16) || len == 16 && s.regionMatchesIgnoreCase(i, "0000");
        if (!(prefixed && len > 2 || pointer || mixed && len >= 12 && (maxRun < 10 || len >= 24))) {
            return -1;
        }
        KeyWords.Kind k = KeyWords.classify(s.keyBefore(i));
        return k == KeyWords.Kind.MAC || k == KeyWords.Kind.IPEI || k == KeyWords.Kind.IMEI ? -1 : p;
    }
}
