package com.ooma.telo.agent.redact.text;

import java.util.Locale;

/**
 * Phone, card, SSN and IMEI numbers: one left-to-right pass that groups digits joined by the separators people
 * write numbers with ({@code - . / ( )}, spaces, DTMF commas), then decides from the shape and the key in front.
 * A number of seven or more digits is personal unless its key or unit says it is a counter, time or id
 * ({@code ssrc=}, {@code uptime=}, {@code 178734438 bytes}); loosely spaced digit lists count only when they read
 * as a number (leading {@code +} or {@code 0}, NANP grouping, single DTMF digits, or libphonenumber finds the
 * digits a possible number for the region).
 */
final class NumberScanner {
    private final PhoneShape shape;

    NumberScanner(PhoneShape shape) {
        this.shape = shape;
    }

    /** Records every personal number as a finding; returns true if there was any. */
    boolean scan(LineScan s, boolean record) {
        boolean any = false;
        for (int i = 0; i < s.n; i++) {
            char ch = s.c[i];
            boolean startsNumber = LineScan.isDigit(ch)
                    || (ch == '+' || ch == '(') && LineScan.isDigit(s.at(i + 1))
                    || ch == '(' && s.at(i + 1) == '+' && LineScan.isDigit(s.at(i + 2));
            if (!startsNumber || !s.isFree(i)) {
                continue;
            }
            int end = decide(s, Chunk.read(s, i, true), record);
            if (end == 0) { // a spaced list that does not read as one number: take its first group alone
                end = decide(s, Chunk.read(s, i, false), record);
            }
            any |= end < 0;
            i = Math.max(i, Math.abs(end) - 1);
        }
        return any;
    }

    /** Returns -(end) when the chunk was personal, +end otherwise, 0 to re-read it without spaces. */
    private int decide(LineScan s, Chunk chunk, boolean record) {
        if (chunk.digits < 7 || chunk.gluedLeft && chunk.maxGroup < 7) {
            return chunk.end; // too short for a number of interest; digits inside a word: msg0054, IP4
        }
        int token = chunk.start;
        while (chunk.gluedLeft && token > 0 && chunk.start - token < 40 && LineScan.isWordChar(s.c[token - 1])) {
            token--;
        }
        KeyWords.Kind kind = NumberContext.kind(s, token, chunk);
        if (epochTime(chunk) && KeyWords.hasTimeWord(s.keyBefore(token))) {
            return chunk.end; // Caller-Profile-Created-Time: 1657451582783677 (a time, whoever it is about)
        }
        boolean formatted = shape.formatted(chunk) && !PhoneShape.notANumber(chunk);
        if (!formatted && (kind == KeyWords.Kind.SAFE || kind == KeyWords.Kind.VERSION || Units.follow(s, chunk.end)
                || kind == KeyWords.Kind.NONE && (epochTime(chunk) || NumberContext.boundaryId(chunk)))) {
            return chunk.end;
        }
        if (chunk.groups > 1 && chunk.start > 1 && s.c[chunk.start - 1] == ':' && kind == KeyWords.Kind.NONE
                && (LineScan.isDigit(s.c[chunk.start - 2]) || s.c[chunk.start - 2] == ']')) {
            // host:port followed by other numbers ("127.0.0.1:4590 — 911"): the port stands alone, whatever the
            // separator; what follows it is read as a number of its own
            return chunk.start + chunk.groupLen[0];
        }
        boolean personalKey = kind != KeyWords.Kind.NONE && kind != KeyWords.Kind.SAFE && kind != KeyWords.Kind.VERSION;
        if (!formatted && (hexTail(s, chunk.end) || !personalKey && inCompound(s, chunk))) {
            return chunk.end; // out-651-50990-….wav, -17-726448d: pieces of a file name or a hash
        }
        if (!shape.readsAsNumber(chunk, personalKey)) {
            return chunk.hasSpace ? 0 : chunk.end;
        }
        if (!personalKey && !formatted && chunk.groups == 1 && !shape.validBare(chunk)) {
            return chunk.end; // bare digits with no context: a number only when valid for the region as written
        }
        int end = Extension.end(s, chunk.end);
        if (record) {
            s.found(chunk.start, end, shape.type(chunk, kind));
        }
        return -end;
    }

    /** Joined by a dash to a word on either side: {@code out-651-50990-2022…}, a piece of a longer name. */
    private static boolean inCompound(LineScan s, Chunk k) {
        return k.gluedLeft && k.groups > 1 || k.start >= 2 && s.c[k.start - 1] == '-' && LineScan.letterOrDigit(s.c[k.start - 2])
                || s.at(k.end) == '-' && LineScan.letterOrDigit(s.at(k.end + 1));
    }

    /** Hex letters glued to the digits' end ({@code 726448d}): the digits are the start of a hash. */
    private static boolean hexTail(LineScan s, int end) {
        int i = end;
        while (i < s.n && i - end < 40 && LineScan.isHex(s.c[i]) && !LineScan.isDigit(s.c[i])) {
            i++;
        }
        while (i < s.n && i - end < 40 && LineScan.isHex(s.c[i])) {
            i++;
        }
        return i > end && !LineScan.isWordChar(s.at(i)) && Extension.end(s, end) == end;
    }

    /**
     * A bare Unix time in s, ms, µs or ns from 2001 to 2033 (1.0e9 to 2.0e9 s): ten digits starting with 1 are no
     * NANP number, and the 13-, 16- and 19-digit forms are too long for one.
     */
    static boolean epochTime(Chunk k) {
        return k.groups == 1 && !k.plus && !k.paren && k.digitChars[0] == '1'
                && (k.digits == 10 || k.digits == 13 || k.digits == 16 || k.digits == 19);
    }

    /** Units after a number that make it a measurement: {@code 178734438 bytes}, {@code 4774780s}. */
    static final class Units {
        private static final java.util.Set<String> UNITS = java.util.Set.of(
                "ms", "s", "sec", "secs", "seconds", "us", "µs", "ns", "b", "bytes", "byte", "kb", "kib", "mb",
                "mib", "gb", "gib", "kbps", "mbps", "bps", "hz", "khz", "mhz", "dbm", "db", "pkts", "packets",
                "frames", "octets", "msec", "usec", "nsec", "min", "mins", "h", "hrs", "ticks", "jiffies",
                "samples", "cycles", "calls", "events", "k", "kbit/s", "ops", "errors", "drops", "bits", "kbit", "mbit", "%", "records",
                "items", "entries", "rows", "lines", "messages", "msgs", "requests", "files", "times", "iterations");

        private Units() {}

        static boolean isUnit(String word) {
            return UNITS.contains(word.toLowerCase(Locale.ROOT));
        }

        static boolean follow(LineScan s, int end) {
            int i = end;
            if (s.at(i) == ' ') {
                i++;
            }
            if (s.at(i) == '%') {
                return true;
            }
            int w = i;
            while (i < s.n && (LineScan.letter(s.c[i]))) {
                i++;
            }
            return i > w && !LineScan.isWordChar(s.at(i))
                    && UNITS.contains(new String(s.c, w, i - w).toLowerCase(Locale.ROOT));
        }
    }

    /** Extensions written after a number: {@code x123}, {@code ext. 123}, {@code ;ext=123}. */
    static final class Extension {
        private Extension() {}

        static int end(LineScan s, int end) {
            int i = end;
            if (s.at(i) == ' ') {
                i++;
            }
            if (s.regionMatchesIgnoreCase(i, ";ext=")) {
                i += 5;
            } else if (s.regionMatchesIgnoreCase(i, "ext.")) {
                i += 4;
            } else if (s.regionMatchesIgnoreCase(i, "ext")) {
                i += 3;
            } else if (s.at(i) == 'x' || s.at(i) == 'X' || s.at(i) == '#') {
                i += 1;
            } else {
                return end;
            }
            if (s.at(i) == ' ' || s.at(i) == ':' || s.at(i) == '=') {
                i++;
            }
            int d = i;
            while (LineScan.isDigit(s.at(i)) && i - d < 6) {
                i++;
            }
            return i > d && !LineScan.isWordChar(s.at(i)) ? i : end;
        }
    }
}
