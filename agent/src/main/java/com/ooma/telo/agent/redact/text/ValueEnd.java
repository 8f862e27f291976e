package com.ooma.telo.agent.redact.text;

/** Where an unquoted value ends: at a delimiter, or where the next {@code key=} / {@code key:} begins. */
final class ValueEnd {
    private ValueEnd() {}

    static int of(LineScan s, int v) {
        if (v >= s.valueFrom && v <= s.valueStop) {
            return Math.max(v, s.valueTrim); // the stop after v is the one found from an earlier position
        }
        int i = v;
        while (i < s.n) {
            char ch = s.c[i];
            if (";|<>[](){}\"".indexOf(ch) >= 0) {
                break;
            }
            if ((ch == ' ' || ch == ',') && nextIsKey(s, i + 1)) {
                break;
            }
            i++;
        }
        s.valueFrom = v;
        s.valueStop = i;
        while (i > v && (s.c[i - 1] == ' ' || s.c[i - 1] == ',' || s.c[i - 1] == '.')) {
            i--;
        }
        s.valueTrim = i;
        return i;
    }

    /** True when a {@code word=} or {@code word: } starts at (or after spaces from) {@code at}. */
    static boolean nextIsKey(LineScan s, int at) {
        int i = at;
        while (s.at(i) == ' ') {
            i++;
        }
        int w = i;
        while (i < s.n && (LineScan.isWordChar(s.c[i]) || s.c[i] == '-' || s.c[i] == '.')) {
            i++;
        }
        return i > w && (s.at(i) == '=' || s.at(i) == ':' && (s.at(i + 1) == ' ' || s.at(i + 1) == '"'));
    }
}
