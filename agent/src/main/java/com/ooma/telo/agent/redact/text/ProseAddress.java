package com.ooma.telo.agent.redact.text;

import java.util.Locale;
import java.util.Set;

/**
 * A street address written in prose, with no key in front ("I live at 123 Park Ave Apt 4, NY 10002"): a house
 * number, up to three capitalised street words (or ordinals, or a direction), a capitalised street suffix, then
 * what may follow it: a unit ({@code Apt 4}), a city, a state and a ZIP code.
 */
final class ProseAddress {
    private ProseAddress() {}

    private static final Set<String> STREET = Set.of(
            "st", "street", "ave", "av", "avenue", "blvd", "boulevard", "rd", "road", "dr", "drive", "ln", "lane",
            "ct", "court", "way", "pl", "place", "ter", "terrace", "cir", "circle", "pkwy", "parkway", "hwy",
            "highway", "sq", "square", "trl", "trail", "plaza", "aly", "alley", "cres", "crescent", "rte", "route",
            "broadway", "strasse", "straße", "str", "expy", "expressway", "fwy", "freeway", "xing", "crossing");
    private static final Set<String> UNIT = Set.of(
            "apt", "apartment", "suite", "ste", "unit", "fl", "floor", "rm", "room", "bldg", "building");
    private static final Set<String> DIRECTION = Set.of(
            "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west");

    /** Phrases that announce an address ("I moved to 3485 N El Camino Real #3"), so no street suffix is needed. */
    private static final String[] CUES = {
        "live at", "lives at", "living at", "moved to", "move to", "moving to", "ship to", "deliver to",
        "send it to", "hub to", "address is", "located at", "reside at", "resides at", "residence at", "mail to"};

    /** End of the prose address whose house number starts at {@code i}, or -1. */
    static int end(LineScan s, int i) {
        return end(s, i, false);
    }

    private static boolean cueBefore(LineScan s, int i) {
        int e = i;
        while (e > 0 && s.c[e - 1] == ' ') {
            e--;
        }
        for (String cue : CUES) {
            int from = e - cue.length();
            if (from >= 0 && s.regionMatchesIgnoreCase(from, cue) && (from == 0 || !LineScan.isWordChar(s.c[from - 1]))) {
                return true;
            }
        }
        return false;
    }

    private static int end(LineScan s, int i, boolean cued) {
        int p = i;
        while (LineScan.isDigit(s.at(p)) && p - i <= 6) {
            p++;
        }
        if (p == i || p - i > 6) {
            return -1;
        }
        if (LineScan.letter(s.at(p)) && !LineScan.letter(s.at(p + 1))) {
            p++; // 12B
        }
        if (s.at(p) != ' ') {
            return -1;
        }
        int words = 0;
        int suffixEnd = -1;
        int lastWordEnd = -1;
        p++;
        while (words < 5) {
            int w = p;
            while (p < s.n && p - w < 30 && (LineScan.letterOrDigit(s.c[p]) || s.c[p] == '\'')) {
                p++;
            }
            if (p == w) {
                break;
            }
            String word = new String(s.c, w, p - w).toLowerCase(Locale.ROOT);
            boolean capital = Character.isUpperCase(s.c[w]);
            if (capital && STREET.contains(word) && (words > 0 || word.equals("broadway"))) {
                suffixEnd = s.at(p) == '.' ? p + 1 : p;
                break;
            }
            boolean ordinal = LineScan.isDigit(s.c[w]) && (word.endsWith("st") || word.endsWith("nd")
                    || word.endsWith("rd") || word.endsWith("th"));
            if (!capital && !ordinal || !ordinal && !allLetters(word)) {
                return -1;
            }
            words++;
            lastWordEnd = p;
            if (s.at(p) == '.' && DIRECTION.contains(word)) {
                p++;
            }
            if (s.at(p) != ' ') {
                break;
            }
            p++;
        }
        if (suffixEnd < 0 && words >= 1 && !cued) {
            cued = cueBefore(s, i); // looked up only for a house number and capitalised words without a suffix
        }
        if (suffixEnd < 0 && (words >= 2 || cued && words >= 1)) {
            // no street suffix ("6352 El Camino Real"): an address when a state and ZIP follow, or a cue came before
            int street = lastWordEnd;
            int end = tail(s, street);
            return cued || end > street && zipBefore(s, end) ? end : -1;
        }
        return suffixEnd < 0 ? -1 : tail(s, suffixEnd);
    }

    private static boolean zipBefore(LineScan s, int end) {
        int z = end;
        while (z > 0 && (LineScan.isDigit(s.c[z - 1]) || s.c[z - 1] == '-') && end - z < 10) {
            z--;
        }
        return end - z >= 5 && s.at(z - 1) == ' ' && Character.isUpperCase(s.at(z - 2)) && Character.isUpperCase(s.at(z - 3));
    }

    /** After the street: ", Apt 4", ", Springfield", ", IL 62704" — each optional, in that order. */
    private static int tail(LineScan s, int from) {
        int end = from;
        int p = skip(s, end);
        int w = wordEnd(s, p);
        if (s.at(p) == '#' || w > p && UNIT.contains(lower(s, p, w))) {
            int q = s.at(p) == '#' ? p + 1 : w;
            q = s.at(q) == ' ' || s.at(q) == '.' && s.at(q + 1) == ' ' ? q + (s.at(q) == '.' ? 2 : 1) : q;
            int v = wordEnd(s, q);
            if (v > q) {
                end = v;
                p = skip(s, end);
            }
        }
        for (int city = 0; city < 3; city++) { // city words, then a state code
            w = wordEnd(s, p);
            if (w - p == 2 && Character.isUpperCase(s.at(p)) && Character.isUpperCase(s.at(p + 1))) {
                end = w;
                p = skip(s, end);
                break;
            }
            if (w > p && Character.isUpperCase(s.at(p)) && allLetters(lower(s, p, w))) {
                end = w;
                p = skip(s, end);
            } else {
                break;
            }
        }
        int z = zipEnd(s, p);
        return z > 0 ? z : end;
    }

    /** A ZIP code ({@code 80202}, {@code 80202-1234}) or a Canadian postal code ({@code V6B 1A1}): its end, or -1. */
    static int zipEnd(LineScan s, int p) {
        if (Character.isUpperCase(s.at(p)) && LineScan.isDigit(s.at(p + 1)) && Character.isUpperCase(s.at(p + 2))
                && (s.at(p + 3) == ' ' || s.at(p + 3) == '-') && LineScan.isDigit(s.at(p + 4))
                && Character.isUpperCase(s.at(p + 5)) && LineScan.isDigit(s.at(p + 6))
                && !LineScan.isWordChar(s.at(p + 7))) {
            return p + 7;
        }
        int z = p;
        while (LineScan.isDigit(s.at(z)) && z - p < 6) {
            z++;
        }
        if (z - p != 5 || LineScan.isWordChar(s.at(z))) {
            return -1;
        }
        return s.at(z) == '-' && LineScan.isDigit(s.at(z + 1)) ? z + 5 : z;
    }

    private static int skip(LineScan s, int p) {
        if (s.at(p) == ',') {
            p++;
        }
        return s.at(p) == ' ' ? p + 1 : p;
    }

    private static int wordEnd(LineScan s, int p) {
        int i = p;
        while (i < s.n && i - p < 30 && LineScan.isWordChar(s.c[i])) {
            i++;
        }
        return i;
    }

    private static String lower(LineScan s, int from, int to) {
        return new String(s.c, from, to - from).toLowerCase(Locale.ROOT);
    }

    private static boolean allLetters(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (!LineScan.letter(w.charAt(k)) && w.charAt(k) != '\'') {
                return false;
            }
        }
        return true;
    }
}
