package com.ooma.telo.agent.redact.text;

/**
 * A line rewritten so the scanners see one spelling of each character (ASCII digits, no zero-width characters,
 * percent-, HTML- and JSON-escapes decoded, Unicode spaces and dashes folded), with a map back to the original
 * offsets so replacements land on the text the user wrote.
 */
final class NormalizedText {
    final String original;
    final char[] chars;
    final int length;
    /** srcStart[i] = offset in {@link #original} where normalised char i came from; srcStart[length] = end. */
    private final int[] srcStart;

    private NormalizedText(String original, char[] chars, int length, int[] srcStart) {
        this.original = original;
        this.chars = chars;
        this.length = length;
        this.srcStart = srcStart;
    }

    /** Original offset of normalised offset {@code i} (0..length). */
    int toOriginal(int i) {
        return srcStart == null ? i : srcStart[i];
    }

    static NormalizedText of(String line) {
        int n = line.length();
        if (isPlain(line)) {
            return new NormalizedText(line, line.toCharArray(), n, null);
        }
        char[] out = new char[n];
        int[] src = new int[n + 1];
        int o = 0;
        int i = 0;
        while (i < n) {
            int start = i;
            int cp = line.codePointAt(i);
            int next = i + Character.charCount(cp);
            int decoded = -1;
            if (cp == '%') {
                int v = hexByte(line, i + 1);
                if (v >= 0 && v < 0x80) {
                    decoded = v;
                    next = i + 3;
                    if (v == '%' && hexByte(line, next) >= 0 && hexByte(line, next) < 0x80) {
                        decoded = hexByte(line, next); // %252B: encoded twice
                        next += 2;
                    }
                } else if (v >= 0xC0) {
                    int len = v >= 0xF0 ? 4 : v >= 0xE0 ? 3 : 2;
                    int cpv = v & (0x3F >> (len - 1));
                    for (int k = 1; k < len && cpv >= 0; k++) {
                        int b = line.length() > i + 3 * k && line.charAt(i + 3 * k) == '%' ? hexByte(line, i + 3 * k + 1) : -1;
                        cpv = b >= 0x80 && b < 0xC0 ? cpv << 6 | (b & 0x3F) : -1;
                    }
                    if (cpv > 0 && cpv <= Character.MAX_CODE_POINT) {
                        decoded = cpv; // %EF%BC%95: a percent-encoded UTF-8 character (fullwidth digit)
                        next = i + 3 * len;
                    }
                }
            } else if (cp == '&' && i + 2 < n) {
                int semi = -1;
                for (int k = i + 2; k < n && k - i <= 9 && semi < 0; k++) {
                    semi = line.charAt(k) == ';' ? k : -1; // entities are short: a bounded look, never indexOf
                }
                if (semi > 0 && semi - i <= 9) {
                    decoded = line.charAt(i + 1) == '#' ? entity(line, i + 2, semi) : namedEntity(line, i + 1, semi);
                    if (decoded >= 0) {
                        next = semi + 1;
                    }
                }
            } else if (cp == '\\' && i + 3 < n && line.charAt(i + 1) == 'x') {
                int v = hexByte(line, i + 2);
                if (v >= 0 && v < 0x80) {
                    decoded = v; // C-style \x2B
                    next = i + 4;
                }
            } else if (cp == '\\' && i + 5 < n && (line.charAt(i + 1) == 'u' || line.charAt(i + 1) == 'U')) {
                int hi = hexByte(line, i + 2);
                int lo = hexByte(line, i + 4);
                if (hi >= 0 && lo >= 0) {
                    decoded = hi << 8 | lo;
                    next = i + 6;
                }
            }
            int c = fold(decoded >= 0 ? decoded : cp);
            if (c == DROP) {
                i = next;
                continue;
            }
            if (o + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2 + 2);
                src = java.util.Arrays.copyOf(src, out.length + 1);
            }
            if (Character.isSupplementaryCodePoint(c)) {
                src[o] = start;
                out[o++] = Character.highSurrogate(c);
                src[o] = start;
                out[o++] = Character.lowSurrogate(c);
            } else {
                src[o] = start;
                out[o++] = (char) c;
            }
            i = next;
        }
        src[o] = n;
        return new NormalizedText(line, out, o, src);
    }

    private static final int DROP = -2;

    /** Maps one code point to the spelling the scanners expect, or DROP for invisible characters. */
    static int fold(int cp) {
        if (cp < 0x80) {
            return cp == '\t' || cp == '\r' ? ' ' : cp; // a lone CR inside a line reads as a space
        }
        if (Character.isDigit(cp)) {
            return '0' + Character.digit(cp, 10);
        }
        if (Character.getType(cp) == Character.OTHER_NUMBER) {
            int v = Character.getNumericValue(cp); // superscript and circled digits: ², ①
            if (v >= 0 && v <= 9) {
                return '0' + v;
            }
        }
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            return cp - 0xFEE0; // fullwidth ASCII
        }
        switch (cp) {
            case 0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063,
                    0x2064, 0xFEFF, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069:
                return DROP;
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63:
                return '-';
            case 0x2024, 0x2027, 0x00B7, 0x3002:
                return '.';
            default:
                return Character.isSpaceChar(cp) ? ' ' : cp;
        }
    }

    /** True when the line needs no rewriting: printable ASCII without escapes (the common case, no copy map). */
    private static boolean isPlain(String line) {
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (c >= 0x80 || c == '%' || c == '&' || c == '\\' || c == '\t' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private static int hexByte(String s, int at) {
        if (at + 1 >= s.length()) {
            return -1;
        }
        int h = Character.digit(s.charAt(at), 16);
        int l = Character.digit(s.charAt(at + 1), 16);
        return h < 0 || l < 0 || !hexChar(s.charAt(at)) || !hexChar(s.charAt(at + 1)) ? -1 : h << 4 | l;
    }

    /** ASCII hex, or a decimal digit of any script ({@code %٢B} is a {@code +} written in Arabic-Indic digits). */
    private static boolean hexChar(char c) {
        return c <= 'f' || Character.isDigit(c);
    }

    private static int namedEntity(String s, int from, int to) {
        return switch (s.substring(from, to)) {
            case "plus" -> '+';
            case "commat" -> '@';
            case "period" -> '.';
            case "nbsp" -> ' ';
            case "hyphen", "dash" -> '-';
            case "lpar" -> '(';
            case "rpar" -> ')';
            case "colon" -> ':';
            case "amp" -> '&';
            case "quot" -> '"';
            case "lt" -> '<';
            case "gt" -> '>';
            default -> -1;
        };
    }

    private static int entity(String s, int from, int to) {
        boolean hex = s.charAt(from) == 'x' || s.charAt(from) == 'X';
        int v = 0;
        for (int i = hex ? from + 1 : from; i < to; i++) {
            int d = Character.digit(s.charAt(i), hex ? 16 : 10);
            if (d < 0 || s.charAt(i) > 'f') {
                return -1;
            }
            v = v * (hex ? 16 : 10) + d;
        }
        return to > (hex ? from + 1 : from) && v > 0 && v <= Character.MAX_CODE_POINT ? v : -1;
    }
}
