package com.ooma.telo.agent.redact.text;

import java.util.Locale;
import java.util.Set;

/**
 * How far a street address runs. After a bare keyword it must look like one (house number, then words with a
 * street suffix or a ZIP code), so "address check ok after 3 retries" stays; after an explicit key any value with a
 * letter and a digit is taken. An address ends after its ZIP code, at a delimiter or where the next key begins.
 */
final class AddressShape {
    /** Street addresses are short; the cap keeps a long line with many house-number candidates linear. */
    private static final int MAX_ADDRESS_CHARS = 200;

    private AddressShape() {}

    private static final Set<String> SUFFIXES = Set.of(
            "st", "street", "ave", "av", "avenue", "blvd", "boulevard", "rd", "road", "dr", "drive", "ln", "lane",
            "ct", "court", "way", "pl", "place", "ter", "terrace", "cir", "circle", "pkwy", "parkway", "hwy",
            "highway", "sq", "square", "trl", "trail", "loop", "row", "path", "pike", "plaza", "aly",
            "alley", "cres", "crescent", "close", "rte", "route", "broadway", "apt", "suite", "ste",
            "unit", "box", "floor", "fl", "strasse", "straße", "str", "rue", "calle", "weg", "gasse",
            "ln.", "expy", "expressway", "fwy", "freeway", "run", "walk", "xing", "crossing", "commons", "green");

    /**
     * End of the address starting at {@code start}, or -1 when it is not one. {@code lettersSuffice}: the key names
     * one part of an address (city, street), so a value of letters alone is one.
     */
    static int end(LineScan s, int start, boolean requireShape, boolean lettersSuffice) {
        if (requireShape && !houseNumber(s, start)) {
            return -1;
        }
        int i = start;
        boolean letter = false;
        boolean digit = false;
        boolean suffix = false;
        boolean zip = false;
        int end = -1;
        int limit = Math.min(s.n, start + MAX_ADDRESS_CHARS);
        while (i < limit) {
            char ch = s.c[i];
            if (";|<>[]{}\"".indexOf(ch) >= 0 || (ch == ' ' || ch == ',') && ValueEnd.nextIsKey(s, i + 1)) {
                break;
            }
            if (LineScan.letter(ch) && (i == start || !LineScan.letter(s.c[i - 1]))) {
                int w = i;
                while (i < s.n && LineScan.letter(s.c[i])) {
                    i++;
                }
                letter = true;
                suffix |= SUFFIXES.contains(new String(s.c, w, i - w).toLowerCase(Locale.ROOT));
                if (i - w == 2 && Character.isUpperCase(s.c[w]) && Character.isUpperCase(s.c[w + 1])
                        && s.at(i) == ' ' && fiveDigits(s, i + 1)) {
                    end = i + 6;
                    if (s.at(end) == '-' && LineScan.isDigit(s.at(end + 1))) {
                        end += 5;
                    }
                    zip = true;
                    break;
                }
                continue;
            }
            digit |= LineScan.isDigit(ch);
            i++;
        }
        if (end < 0) {
            end = i;
        }
        while (end > start && (s.c[end - 1] == ' ' || s.c[end - 1] == ',' || s.c[end - 1] == '.')) {
            end--;
        }
        boolean enough = requireShape ? suffix || zip
                : (digit || letter && (suffix || lettersSuffice)) && !placeholderValue(s, start, end);
        if (!enough) {
            return -1;
        }
        return end;
    }

    private static final Set<String> PLACEHOLDER_VALUES = Set.of(
            "none", "unset", "null", "n/a", "na", "empty", "unknown", "pending", "ok", "valid", "invalid", "true",
            "false", "yes", "no", "set", "missing", "required", "updated", "changed", "cleared", "default");

    private static boolean placeholderValue(LineScan s, int start, int end) {
        return end - start < 2 || PLACEHOLDER_VALUES.contains(new String(s.c, start, end - start).toLowerCase(Locale.ROOT));
    }

    private static boolean houseNumber(LineScan s, int i) {
        if (i > 0 && " \"':=,#".indexOf(s.c[i - 1]) < 0) {
            return false; // "/64 acquired" is a prefix length, not a house number
        }
        int d = 0;
        while (LineScan.isDigit(s.at(i + d))) {
            d++;
        }
        int p = i + d;
        if (LineScan.letter(s.at(p)) && !LineScan.letter(s.at(p + 1))) {
            p++; // 12B
        }
        return d >= 1 && d <= 6 && s.at(p) == ' ' && LineScan.letter(s.at(p + 1));
    }

    private static boolean fiveDigits(LineScan s, int i) {
        for (int k = 0; k < 5; k++) {
            if (!LineScan.isDigit(s.at(i + k))) {
                return false;
            }
        }
        return !LineScan.isDigit(s.at(i + 5));
    }
}
