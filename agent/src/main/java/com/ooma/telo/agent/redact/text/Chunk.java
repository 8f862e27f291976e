package com.ooma.telo.agent.redact.text;

/**
 * A run of digit groups joined by the separators numbers are written with, as read from the normalised line:
 * {@code +1 (415) 555-0100}, {@code 512.504.5071}, {@code 4 0 8 5} (DTMF). Groups stop at anything already claimed.
 */
final class Chunk {
    static final int MAX_GROUPS = 24;
    static final int MAX_DIGITS = 32;

    int start;
    int end;
    int digits;
    int groups;
    int maxGroup;
    boolean plus;
    boolean paren;
    /** The chunk starts with an opening paren ({@code (650)}), so a closing one after a single group is its own. */
    boolean opened;
    boolean hasSpace;
    boolean hasDash;
    boolean hasDot;
    boolean hasSlash;
    boolean hasComma;
    boolean gluedLeft;
    final int[] groupLen = new int[MAX_GROUPS];
    final char[] digitChars = new char[MAX_DIGITS];

    String digitString() {
        return new String(digitChars, 0, Math.min(digits, MAX_DIGITS));
    }

    /** Only dots between groups (versions, decimals, dotted phones). */
    boolean onlyDots() {
        return hasDot && !hasSpace && !hasDash && !hasSlash && !paren && !hasComma && !plus;
    }

    static Chunk read(LineScan s, int from, boolean allowSpaces) {
        Chunk k = new Chunk();
        k.start = from;
        char before = from > 0 ? s.c[from - 1] : ' ';
        k.gluedLeft = LineScan.isDigit(s.c[from]) && (before < 0x80 ? (before | 0x20) >= 'a' && (before | 0x20) <= 'z'
                || before == '_' : LineScan.letter(before));
        int p = from;
        if (s.at(p) == '(') {
            k.paren = true;
            k.opened = true;
            p++;
        }
        if (s.at(p) == '+') {
            k.plus = true;
            p++;
        }
        while (true) {
            int g = p;
            while (p < s.n && LineScan.isDigit(s.c[p]) && s.isFree(p)) {
                if (k.digits < MAX_DIGITS) {
                    k.digitChars[k.digits] = s.c[p];
                }
                k.digits++;
                p++;
            }
            int len = p - g;
            if (len == 0) {
                break;
            }
            k.groupLen[Math.min(k.groups, MAX_GROUPS - 1)] = len;
            k.groups++;
            k.maxGroup = Math.max(k.maxGroup, len);
            k.end = p;
            if (k.digits > MAX_DIGITS || k.groups >= MAX_GROUPS) {
                break;
            }
            int next = separator(s, p, k, allowSpaces, len);
            if (next < 0) {
                break;
            }
            p = next;
        }
        if (k.opened && s.at(k.end) == ')' && k.groups == 1) {
            k.end++;
        }
        return k;
    }

    /** Position of the next group after a separator at {@code p}, or -1 when the number ends here. */
    private static int separator(LineScan s, int p, Chunk k, boolean allowSpaces, int prevLen) {
        int q = p;
        boolean space = false;
        boolean mark = false;
        if (s.at(q) == ')') {
            q++; // "(650) 555": a closing paren counts only when a group follows it
        }
        while (s.at(q) == ' ' && q - p < 3) {
            space = true;
            q++;
        }
        char m = s.at(q);
        if (m == '-' || m == '.' || m == '/') {
            mark = true;
            q++;
            if (s.at(q) == ' ' && space) {
                q++;
            }
        } else if (m == ',' && prevLen == 1 && LineScan.isDigit(s.at(q + 1)) && !LineScan.isDigit(s.at(q + 2))) {
            k.hasComma = true;
            q++;
        } else if ((m == '*' || m == '#') && space && prevLen == 1 && s.at(q + 1) == ' ') {
            k.hasComma = true; // DTMF keys between digits: "4 1 5 * 5 5"
            q += 2;
        }
        if (s.at(q) == '(') {
            k.paren = true;
            q++;
        }
        if (q == p || !LineScan.isDigit(s.at(q)) || !s.isFree(q) || !s.isFree(p)) {
            return -1;
        }
        if (s.at(p) == ')') {
            k.paren = true;
        }
        if (space && !mark && !allowSpaces && s.at(p) != ')') {
            return -1;
        }
        if (space && !mark && s.at(p) != ')') {
            k.hasSpace = true;
        }
        if (mark) {
            k.hasDash |= m == '-';
            k.hasDot |= m == '.';
            k.hasSlash |= m == '/';
        }
        return q;
    }
}
