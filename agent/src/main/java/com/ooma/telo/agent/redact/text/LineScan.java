package com.ooma.telo.agent.redact.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The working state of one line through the scanners: the normalised characters, which of them are already
 * claimed (as harmless or as a finding), and the findings so far. One instance per call, never shared.
 */
final class LineScan {
    private static final byte FREE = 0;
    private static final byte HARMLESS = 1;
    private static final byte FOUND = 2;

    final NormalizedText text;
    final char[] c;
    final int n;
    private final byte[] mark;
    final List<Finding> findings = new ArrayList<>(4);


    /** What the line holds at all, counted once so scanners that cannot match are skipped. */
    final int digits;
    final boolean hasAt;
    final boolean hasColonOrBracket;

    /**
     * Memos that keep every scanner linear in the line length: a look-ahead that has run from one position to a stop
     * is not run again from a later position before that stop (the stop does not depend on where the look began).
     */
    int uriFrom = -1;
    int uriStop = -1;
    int valueFrom = -1;
    int valueStop = -1;
    int valueTrim = -1;
    /** First position after a {@code User-Agent:} or {@code Server:} label, or {@code n}; computed on first use. */
    private int productHeader = -2;

    LineScan(NormalizedText text) {
        this.text = text;
        this.c = text.chars;
        this.n = text.length;
        this.mark = new byte[n];
        int d = 0;
        boolean at = false;
        boolean colon = false;
        boolean rare = false;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch <= '9') {
                d += ch >= '0' ? 1 : 0;
                rare |= ch == '\'';
            } else {
                at |= ch == '@';
                colon |= ch == ':' || ch == '<';
                rare |= ch == '_';
            }
        }
        this.apostropheOrUnderscore = rare;
        this.digits = d;
        this.hasAt = at;
        this.hasColonOrBracket = colon;
    }

    boolean isFree(int start, int end) {
        for (int i = start; i < end; i++) {
            if (mark[i] != FREE) {
                return false;
            }
        }
        return true;
    }

    /** True when a {@code User-Agent:} or {@code Server:} label ends before {@code i} (one scan per line). */
    boolean inProductHeader(int i) {
        if (productHeader == -2) {
            productHeader = n;
            for (int k = 0; k + 7 <= n; k++) {
                if ((c[k] == 'U' || c[k] == 'u') && regionMatchesIgnoreCase(k, "user-agent:")) {
                    productHeader = k + 11;
                    break;
                }
                if ((c[k] == 'S' || c[k] == 's') && regionMatchesIgnoreCase(k, "server:")) {
                    productHeader = k + 7;
                    break;
                }
            }
        }
        return productHeader <= i;
    }

    private int flags = -1;
    private final boolean apostropheOrUnderscore;
    static final int POSSESSIVE = 1;
    static final int NAME_KEY = 2;
    static final int POSTFIX = 4;

    /**
     * What a few rare cues need the line to hold at all ({@code 's}, {@code _name}, {@code postfix/}), found in one
     * pass on first use, so their scanners cost nothing on the lines that cannot match.
     */
    boolean has(int flag) {
        if (flags < 0) {
            int f = 0;
            for (int k = 0; k + 1 < n && (apostropheOrUnderscore || k < 80); k++) {
                char ch = c[k];
                if (ch == '\'' && c[k + 1] == 's') {
                    f |= POSSESSIVE;
                } else if (ch == '_' && (c[k + 1] | 0x20) == 'n' && regionMatchesIgnoreCase(k, "_name")) {
                    f |= NAME_KEY;
                } else if (ch == 'p' && k < 80 && regionMatchesIgnoreCase(k, "postfix/")) {
                    f |= POSTFIX;
                }
            }
            flags = f;
        }
        return (flags & flag) != 0;
    }

    private int civic = -1;

    /** True when the line is Asterisk geolocation config ({@code location_info}, {@code location_refinement}). */
    boolean civicLine() {
        if (civic < 0) {
            civic = 0;
            for (int k = 0; k + 9 <= n && civic == 0; k++) {
                if ((c[k] == 'l' || c[k] == 'L') && regionMatchesIgnoreCase(k, "location_")) {
                    civic = regionMatchesIgnoreCase(k + 9, "info") || regionMatchesIgnoreCase(k + 9, "refinement")
                            ? 1 : 0;
                }
            }
        }
        return civic == 1;
    }

    boolean isFree(int i) {
        return mark[i] == FREE;
    }

    boolean isHarmless(int i) {
        return mark[i] == HARMLESS;
    }

    void harmless(int start, int end) {
        for (int i = Math.max(0, start); i < end && i < n; i++) {
            if (mark[i] == FREE) {
                mark[i] = HARMLESS;
            }
        }
    }

    void found(int start, int end, Placeholder type) {
        if (end <= start) {
            return;
        }
        findings.add(new Finding(start, end, type));
        for (int i = start; i < end; i++) {
            mark[i] = FOUND;
        }
    }

    char at(int i) {
        return i >= 0 && i < n ? c[i] : '\0';
    }

    boolean regionMatchesIgnoreCase(int at, String s) {
        if (at < 0 || at + s.length() > n) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char ch = c[at + k];
            char lower = ch >= 'A' && ch <= 'Z' ? (char) (ch | 0x20) : ch < 0x80 ? ch : Character.toLowerCase(ch);
            if (lower != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isWordChar(char ch) {
        if (ch < 0x80) {
            return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '_';
        }
        return letterOrDigit(ch);
    }

    /** {@link Character#isLetter(int)} with the ASCII answer computed inline (the common case, and cheap under C1). */
    static boolean letter(int ch) {
        if (ch < 0x80) {
            int lower = ch | 0x20;
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(ch);
    }

    /** {@link Character#isLetterOrDigit(int)} with the ASCII answer computed inline. */
    static boolean letterOrDigit(int ch) {
        if (ch < 0x80) {
            int lower = ch | 0x20;
            return lower >= 'a' && lower <= 'z' || ch >= '0' && ch <= '9';
        }
        return Character.isLetterOrDigit(ch);
    }

    static boolean isHex(char ch) {
        return ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F';
    }

    static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /**
     * The key written in front of position {@code pos}: skips up to four characters of {@code = : " ' # [ ( space}
     * (and a {@code -} or {@code +} sign), then reads the word before them ({@code ssrc=…}, {@code (build …},
     * {@code "ts_ms": …}). Empty when there is none.
     */
    String keyBefore(int pos) {
        int i = pos - 1;
        int skipped = 0;
        while (i >= 0 && skipped < 4 && " =:\"'#[({+-".indexOf(c[i]) >= 0) {
            i--;
            skipped++;
        }
        String arg = "";
        if (i > 1 && c[i] == ')') { // CALLERID(name)=…, CALLERID(num)=…: the function and its argument
            int open = i - 1;
            while (open > 0 && isWordChar(c[open]) && i - open < 16) {
                open--;
            }
            if (c[open] == '(' && open < i - 1) {
                arg = "_" + new String(c, open + 1, i - open - 1);
                i = open - 1;
            }
        }
        int end = i + 1;
        while (i >= 0 && (isWordChar(c[i]) || c[i] == '-' || c[i] == '.') && end - i < 40) {
            i--;
        }
        int start = i + 1;
        while (start < end && !letter(c[start])) {
            start++; // a key starts with a letter: "3 )" is not a key
        }
        while (end > start && (c[end - 1] == '-' || c[end - 1] == '.')) {
            end--;
        }
        return start < end ? new String(c, start, end - start) + arg : "";
    }

    /** Up to three words of a free-text label before {@code pos} ("Caller ID name", "dtmf rx seq"). */
    String phraseBefore(int pos) {
        int i = pos;
        while (i > 0 && " :=\"'".indexOf(c[i - 1]) >= 0 && pos - i < 4) {
            i--;
        }
        int end = i;
        int words = 0;
        while (i > 0 && words < 3) {
            int wordEnd = i;
            while (i > 0 && (letterOrDigit(c[i - 1]) || c[i - 1] == '_' || c[i - 1] == '-')) {
                i--;
            }
            if (i == wordEnd) {
                break;
            }
            words++;
            if (words < 3 && i > 1 && c[i - 1] == ' ' && letter(c[i - 2])) {
                i--;
            } else {
                break;
            }
        }
        while (i < end && !letter(c[i])) {
            i++;
        }
        return i < end ? new String(c, i, end - i) : "";
    }
}
