package com.ooma.telo.agent.redact.text;

/**
 * Where a name found by key or phrase ends: a quoted value, a value up to the next key, or (when only the position
 * says "name" loosely) a run of up to four capitalised words, particles such as "de" or "van" allowed inside.
 */
final class NameValues {
    /** Capitalised words that name a role or a system, not a person ("call from Remote", "message from IVR"). */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
            "remote", "local", "user", "caller", "callee", "network", "server", "system", "peer", "host", "psap",
            "sbc", "pbx", "ivr", "operator", "voicemail", "gateway", "trunk", "carrier", "provider", "support",
            "sip", "pstn", "wireless", "toll", "spam", "scam", "telemarketer", "robocall", "emergency", "service");

    private NameValues() {}

    /** A name value: quoted, or up to the next key / delimiter; with {@code strict}, capitalised words only. */
    static void nameValue(LineScan s, int v, boolean strict) {
        if (s.at(v) == '"' || s.at(v) == '\'') {
            int close = v + 1;
            while (close < s.n && s.c[close] != s.c[v]) {
                close++;
            }
            UriScanner.markName(s, v + 1, close);
            return;
        }
        if (strict) {
            nameRun(s, v);
            return;
        }
        UriScanner.markName(s, v, ValueEnd.of(s, v));
    }

    /** Capitalised words (or caseless letters) starting at {@code from}, up to four, as a name. */
    static void nameRun(LineScan s, int from) {
        int i = from;
        while (s.at(i) == ' ') {
            i++;
        }
        if (s.at(i) == '"' || s.at(i) == '\'') {
            nameValue(s, i, false);
            return;
        }
        int start = i;
        int end = i;
        int words = 0;
        while (i < s.n && words < 4) {
            char first = s.c[i];
            boolean capital = Character.isUpperCase(first) || Character.isLetter(first) && !Character.isLowerCase(first);
            int w = i;
            while (i < s.n && (Character.isLetter(s.c[i]) || s.c[i] == '\'' || s.c[i] == '-' || s.c[i] == '.')) {
                i++;
            }
            if (i == w || !(capital || isParticle(s, w, i) && words > 0)) {
                break;
            }
            words++;
            end = i;
            String word = words == 1 ? new String(s.c, w, i - w).toLowerCase(java.util.Locale.ROOT) : "";
            if (words == 1 && (SipUser.ANONYMOUS.contains(word) || NOT_NAMES.contains(word))) {
                return;
            }
            if (s.at(i) == ',' && s.at(i + 1) == ' ' && Character.isUpperCase(s.at(i + 2)) && words == 1) {
                i += 2; // "SMITH, JOHN"
            } else if (s.at(i) == ' ') {
                i++;
            } else {
                break;
            }
        }
        while (end > start && s.c[end - 1] == '.') {
            end--;
        }
        if (words > 0) {
            UriScanner.markName(s, start, end);
        }
    }

    private static boolean isParticle(LineScan s, int from, int to) {
        String w = new String(s.c, from, to - from);
        return switch (w) {
            case "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin", "al",
                    "ibn", "dos", "das", "y" -> true;
            default -> false;
        };
    }
}
