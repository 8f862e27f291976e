package com.ooma.telo.agent.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines the way the {@code redact} filter promises to: LF or CRLF ends a line, a lone CR is part of the line
 * (kept, not a line break, unlike {@link java.io.BufferedReader#readLine}), and a last line without LF still counts.
 */
final class LfLines {
    private final Reader in;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;

    LfLines(Reader in) {
        this.in = in;
    }

    /** The next line without its LF or CRLF, or null at the end of the input. */
    String next() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return line == null ? null : stripCr(line);
                }
            }
            if (line == null) {
                line = new StringBuilder();
            }
            int start = pos;
            while (pos < len && buf[pos] != '\n') {
                pos++;
            }
            line.append(buf, start, pos - start);
            if (pos < len) {
                pos++; // the LF
                return stripCr(line);
            }
        }
    }

    private static String stripCr(StringBuilder line) {
        int n = line.length();
        return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
    }
}
