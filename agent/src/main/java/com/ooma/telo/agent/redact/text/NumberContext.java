package com.ooma.telo.agent.redact.text;

import java.util.Locale;

/**
 * What the text around a digit run says it is (docs/redaction.md, "When a digit run is a phone number"): the key in
 * front ({@code cid=}, {@code ssrc=}), a cue phrase ("call me at"), a position that only a number takes (a channel
 * endpoint {@code PJSIP/6505551212}, a user part {@code 6505551212@…}), or an id by value ({@code 2147483647}).
 */
final class NumberContext {
    private NumberContext() {}

    /** Kind of the context of the chunk whose token starts at {@code token}. */
    static KeyWords.Kind kind(LineScan s, int token, Chunk chunk) {
        String key = s.keyBefore(token);
        KeyWords.Kind kind = KeyWords.classify(key);
        if (kind == KeyWords.Kind.SAFE && NumberScanner.Units.isUnit(key) && unitOfPrevious(s, token, key)) {
            kind = KeyWords.Kind.NONE; // "45 ms: 6505551212": the unit measures the 45, not what follows
        }
        if (kind == KeyWords.Kind.SAFE && KeyWords.classify(s.phraseBefore(chunk.start)) == KeyWords.Kind.PERSONAL
                || chunk.maxGroup == 1 && chunk.groups >= 7 && !chunk.hasDot && !chunk.hasSlash) {
            return KeyWords.Kind.PERSONAL; // "cnum received:", "dtmf rx seq:", and DTMF digits whatever the key
        }
        if (kind == KeyWords.Kind.NONE && (s.at(chunk.end) == '@' && chunk.groups == 1
                || s.at(chunk.start - 1) == '/' && LogShapes.techBefore(s, chunk.start - 1)
                || cuePhrase(s.phraseBefore(token)))) {
            return KeyWords.Kind.PERSONAL; // [6505551212@from-trunk:1], PJSIP/6505551212, "call me at …"
        }
        return kind;
    }

    /**
     * A unit word used as a key ({@code us:}, {@code ms:}) names a measurement only when glued to one
     * ({@code rtt_us}) or written {@code us=}; after a number, or as {@code us:}, it measures something else.
     */
    private static boolean unitOfPrevious(LineScan s, int token, String key) {
        int k = token - 1;
        while (k >= 0 && (s.c[k] == ' ' || s.c[k] == ':' || s.c[k] == '=') && token - k <= 4) {
            k--;
        }
        int keyStart = k - key.length() + 1;
        int before = keyStart - 1;
        if (before >= 0 && s.c[before] == ' ') {
            before--;
        }
        boolean colon = k + 1 < token && s.c[k + 1] == ':';
        return colon || before >= 0 && LineScan.isDigit(s.c[before]);
    }

    private static final String[] CUES = {
        "call me at", "call me on", "reach me at", "reach me on", "text me at", "text me on", "call me",
        "reach me", "text me", "call back at", "call back on", "callback at", "ring me on", "ring me at",
        "my number is", "number is", "phone is", "cell is", "mobile is", "at number", "contact me at", "call us at",
        "call us on", "call us", "reach us at"};

    /** "call me at", "my number is", …: a closed list of cue phrases that end right before the digits. */
    static boolean cuePhrase(String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        String p = phrase.toLowerCase(Locale.ROOT);
        for (String cue : CUES) {
            if (p.endsWith(cue) && (p.length() == cue.length() || p.charAt(p.length() - cue.length() - 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** 32-bit boundary values, which programs print as ids and sentinels: 2147483647, 4294967295 and neighbours. */
    static boolean boundaryId(Chunk k) {
        if (k.groups != 1 || k.plus || k.paren || k.digits != 10) {
            return false;
        }
        String d = k.digitString();
        return d.equals("2147483647") || d.equals("2147483648") || d.equals("4294967295") || d.equals("4294967296")
                || d.equals("4294967294") || d.equals("2147483646");
    }
}
