package com.ooma.telo.agent.redact.text;

/**
 * Names and street addresses, which have no shape of their own and are found only where the line says what they
 * are: a key ({@code cid_name=}, {@code display:}, {@code e911_address=}, "Caller ID name:"), an address keyword
 * ahead of a house number ("E911 address updated: 12 Elm St, …"), or "voicemail/call from" ahead of capitalised
 * words. Also IPEI and IMEI values named by their key.
 */
final class KeyedScanner {
    private KeyedScanner() {}

    static void scan(LineScan s) {
        int addressKeywordAt = -1;
        int zipAt = -1;
        for (int i = 0; i < s.n; i++) {
            char ch = s.c[i];
            if ((ch == '=' || ch == ':') && s.isFree(i)) {
                keyedValue(s, i);
            } else if (ch == '<') {
                int end = CivicAddress.element(s, i); // <ca:HNO>123</ca:HNO>
                if (end > 0) {
                    i = end - 1;
                    continue;
                }
            } else if (ch == '"' && s.isFree(i)) {
                int end = NameCues.quotedBeforeNumber(s, i);
                if (end > 0) {
                    i = end;
                    continue;
                }
            } else if (ch >= 'A' && ch < 0x80 && (i == 0 || !LineScan.isWordChar(s.c[i - 1]))) {
                int end = s.isFree(i) ? NameCues.at(s, i) : -1;
                if (end > 0) {
                    i = end - 1;
                    continue;
                }
                if (zipAt >= 0 && i > zipAt + 3 && i - zipAt < 16 && s.isFree(i)) {
                    int z = ProseAddress.zipEnd(s, i); // billing zip V6B 1A1
                    if (z > 0 && s.isFree(i, z)) {
                        s.found(i, z, Placeholder.ADDRESS);
                        i = z - 1;
                        continue;
                    }
                }
                switch (ch | 0x20) { // only the keywords that start with this letter
                    case 'i' -> {
                        if ((s.regionMatchesIgnoreCase(i, "ipei") || s.regionMatchesIgnoreCase(i, "ipui"))
                                && !LineScan.letter(s.at(i + 4))) {
                            i = ipei(s, i + 4) - 1;
                        }
                    }
                    case 'f' -> {
                        if ((s.regionMatchesIgnoreCase(i, "from ") || s.regionMatchesIgnoreCase(i, "from: "))
                                && nameTriggerBefore(s, i)) {
                            NameValues.nameRun(s, s.at(i + 4) == ':' ? i + 6 : i + 5);
                            NameCues.afterNumber(s, s.at(i + 4) == ':' ? i + 6 : i + 5);
                        }
                    }
                    case 'b' -> {
                        if (s.regionMatchesIgnoreCase(i, "by ") && messageTriggerBefore(s, i)) {
                            NameValues.nameRun(s, i + 3); // "voicemail left by Ana Lima"
                        }
                    }
                    case 'z' -> {
                        if (s.regionMatchesIgnoreCase(i, "zip") && !LineScan.letter(s.at(i + 3))
                                || s.regionMatchesIgnoreCase(i, "zipcode")) {
                            zipAt = i; // "billing zip 80202"
                        }
                    }
                    case 'a', 'e', 's', 'l', 'c', 'r' -> {
                        if (isAddressKeyword(s, i)) {
                            addressKeywordAt = i;
                        }
                    }
                    default -> { }
                }
            } else if (LineScan.isDigit(ch) && (i == 0 || !LineScan.isWordChar(s.c[i - 1])) && s.isFree(i)) {
                int end = addressKeywordAt >= 0 && i - addressKeywordAt < 60 ? AddressShape.end(s, i, true, false) : -1;
                if (end <= i) {
                    end = ProseAddress.end(s, i); // "I live at 123 Park Ave Apt 4, NY 10002"
                }
                if (end <= i && zipAt >= 0 && i - zipAt < 16) {
                    end = ProseAddress.zipEnd(s, i);
                }
                if (end > i && s.isFree(i, end)) {
                    s.found(i, end, Placeholder.ADDRESS);
                    i = end - 1;
                    continue;
                }
            }
            while (i + 1 < s.n && LineScan.isWordChar(s.c[i]) && LineScan.isWordChar(s.c[i + 1])) {
                i++; // keywords and house numbers start a word, so the rest of it is skipped
            }
        }
    }

    private static void keyedValue(LineScan s, int sep) {
        String key = s.keyBefore(sep + 1);
        String label = isBareKey(key) ? s.phraseBefore(sep) : key; // "codec name=" is no person's name
        KeyWords.Kind kind = KeyWords.classify(label.isEmpty() ? key : label);
        boolean byPhrase = isBareKey(key);
        if ((kind == KeyWords.Kind.NONE || kind == KeyWords.Kind.SAFE) && s.c[sep] == ':') {
            String phrase = s.phraseBefore(sep);
            if (!phrase.equals(key)) {
                kind = KeyWords.classify(phrase);
                byPhrase = true;
            }
        }
        int v = sep + 1;
        while (s.at(v) == ' ') {
            v++;
        }
        if (v >= s.n) {
            return;
        }
        if (CivicAddress.keyValue(s, key, v)) {
            return; // location_info = …, HNO=4664, RD=Oak, PC=53703
        }
        switch (kind) {
            case NAME -> NameValues.nameValue(s, v, byPhrase); // a label, not a key: capitalised words only
            case PERSONAL -> {
                if (isCallerKey(key) || isCallerKey(s.phraseBefore(sep))) {
                    NameValues.nameValue(s, v, true);
                } else if (key.endsWith("_user") || key.endsWith("-user") || key.endsWith("User")) {
                    sipUserValue(s, v); // variable_sip_from_user: pedro.murphy
                }
            }
            case ADDRESS -> {
                int start = s.at(v) == '"' || s.at(v) == '\'' ? v + 1 : v;
                if (!s.isFree(start) || ValueEnd.nextIsKey(s, v) || networkValue(s, start) || numberOnly(s, start)) {
                    return; // an IP already found there, a nested key (LocalAddr=IP=…), IPV4/UDP/…/5060
                }
                int end = AddressShape.end(s, start, false, isAddressPart(key));
                if (end > start && s.isFree(start, end)) {
                    s.found(start, end, Placeholder.ADDRESS);
                }
            }
            case IPEI, IMEI -> {
                int end = ValueEnd.of(s, v);
                int hex = 0;
                for (int k = v; k < end; k++) {
                    hex += LineScan.isHex(s.c[k]) ? 1 : 0;
                }
                if (hex >= 5 && s.isFree(v, end)) {
                    s.found(v, end, kind == KeyWords.Kind.IPEI ? Placeholder.IPEI : Placeholder.IMEI);
                }
            }
            default -> { }
        }
    }

    /** A DECT IPEI after its keyword: 10 hex digits or 5+7+check decimal digits, spaced or not. */
    private static int ipei(LineScan s, int from) {
        int v = from;
        while (v < s.n && " :=#\"'".indexOf(s.c[v]) >= 0 && v - from < 4) {
            v++;
        }
        if (s.at(v) == '0' && (s.at(v + 1) == 'x' || s.at(v + 1) == 'X')) {
            v += 2;
        }
        int end = v;
        int hex = 0;
        for (int i = v; i < s.n && i - v < 20; i++) {
            char ch = s.c[i];
            if (LineScan.isHex(ch) || ch == '*') {
                hex++;
                end = i + 1;
            } else if (ch != ' ' && ch != '-') {
                break;
            }
        }
        if (end < s.n && LineScan.isWordChar(s.c[end])) {
            return v; // the value runs into a word: not an IPEI
        }
        if (hex >= 8 && s.isFree(v, end)) {
            s.found(v, end, Placeholder.IPEI);
        }
        return Math.max(end, from);
    }

    /** The value of a SIP user key: a handle is a name, 7+ digits a number, an extension or service word neither. */
    private static void sipUserValue(LineScan s, int v) {
        int e = v;
        while (e < s.n && e - v < 64 && (LineScan.isWordChar(s.c[e]) || ".+-".indexOf(s.c[e]) >= 0)) {
            e++;
        }
        while (e > v && (s.c[e - 1] == '.' || s.c[e - 1] == '-')) {
            e--;
        }
        if (e == v || LineScan.isWordChar(s.at(e)) || s.at(e) == '@' || !SipUser.personal(s, v, e) || !s.isFree(v, e)) {
            return;
        }
        boolean letter = false;
        for (int k = v; k < e; k++) {
            letter |= LineScan.letter(s.c[k]);
        }
        if (letter) {
            s.found(v, e, Placeholder.NAME); // digits alone are left to the number rule, which the key makes personal
        }
    }

    /** A value that is only a number ({@code Address: 6505551212} in a DECT IE): the number rule takes it. */
    private static boolean numberOnly(LineScan s, int v) {
        int i = v;
        int digits = 0;
        while (i < s.n && (LineScan.isDigit(s.c[i]) || "+-. ()".indexOf(s.c[i]) >= 0) && i - v < 32) {
            digits += LineScan.isDigit(s.c[i]) ? 1 : 0;
            i++;
        }
        return digits >= 7 && (i == s.n || !LineScan.isWordChar(s.c[i]));
    }

    /** A network address after an address key: Asterisk's {@code IPV4/UDP/203.0.113.7/5060}, {@code UDP:…}. */
    private static boolean networkValue(LineScan s, int v) {
        return s.regionMatchesIgnoreCase(v, "ipv4/") || s.regionMatchesIgnoreCase(v, "ipv6/")
                || s.regionMatchesIgnoreCase(v, "udp:") || s.regionMatchesIgnoreCase(v, "tcp:")
                || s.regionMatchesIgnoreCase(v, "tls:") || s.regionMatchesIgnoreCase(v, "ws:")
                || s.regionMatchesIgnoreCase(v, "wss:");
    }

    private static boolean isAddressPart(String key) {
        for (String w : KeyWords.split(key)) {
            switch (w) {
                case "city", "town", "county", "province", "street", "region" -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private static boolean isBareKey(String key) {
        return key.equalsIgnoreCase("name") || key.equalsIgnoreCase("display");
    }

    private static boolean isCallerKey(String key) {
        for (String w : KeyWords.split(key)) {
            if (w.equals("caller") || w.equals("callerid") || w.equals("cid") || w.equals("clid")
                    || w.equals("cnam") || w.equals("cli")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAddressKeyword(LineScan s, int i) {
        return s.regionMatchesIgnoreCase(i, "address") || s.regionMatchesIgnoreCase(i, "addr ")
                || s.regionMatchesIgnoreCase(i, "e911") || s.regionMatchesIgnoreCase(i, "street")
                || s.regionMatchesIgnoreCase(i, "location") || s.regionMatchesIgnoreCase(i, "civic")
                || s.regionMatchesIgnoreCase(i, "residence");
    }

    private static final String[] NAME_TRIGGERS = {
        "voicemail", "call", "message", "vm", "fax", "msg", "ring", "sms", "text", "caller", "missed"};

    private static final String[] MESSAGE_TRIGGERS = {"voicemail", "message", "vm", "fax", "msg", "left", "recorded"};

    /** "voicemail left by": only messages, since "call ended by Remote" names no one. */
    private static boolean messageTriggerBefore(LineScan s, int from) {
        for (int i = Math.max(0, from - 40); i < from; i++) {
            if (LineScan.letter(s.c[i]) && (i == 0 || !LineScan.letter(s.c[i - 1]))) {
                for (String t : MESSAGE_TRIGGERS) {
                    if (s.regionMatchesIgnoreCase(i, t)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "voicemail from", "call from", "message from", "missed call from": the next words may be a name. */
    private static boolean nameTriggerBefore(LineScan s, int from) {
        for (int i = Math.max(0, from - 40); i < from; i++) {
            if (LineScan.letter(s.c[i]) && (i == 0 || !LineScan.letter(s.c[i - 1]))) {
                for (String t : NAME_TRIGGERS) {
                    if (s.regionMatchesIgnoreCase(i, t)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

}
