package com.ooma.telo.agent.redact.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names in running text, found only behind a cue from a small closed list (docs/redaction.md): "my name is …",
 * "this is … calling", "call … at", "Contact: …", "Regards, …", "Dear …", "Hi …,", "Mr. …", "spoke to …",
 * "I'm …", "…'s number". The name is the run of capitalised words after the cue. Cues that carry no evidence of
 * their own ("this is", "I'm") also need the first word to be a common given name (first-names.txt).
 */
final class NameCues {
    private NameCues() {}

    static final Set<String> FIRST_NAMES = load();

    /** Cues after which any run of capitalised words is a name. */
    private static final String[] DIRECT = {
        "my name is ", "my name's ", "regards, ", "best regards, ", "kind regards, ", "warm regards, ",
        "thanks, ", "thank you, ", "cheers, ", "sincerely, ", "best, ", "dear ", "contact: ",
        "spoke to ", "spoke with ", "speak to ", "speak with ", "speaking with ", "talked to ", "talked with ",
        "ask for ", "asked for ", "attn: ", "attn ", "signed, ", "signed by ", "reported by ", "submitted by ",
        "opened by "};
    /** Honorifics, matched with their case. */
    private static final String[] TITLES = {"Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mx. ", "Mr ", "Mrs ", "Miss ", "Prof. "};
    private static final Set<String> POSSESSED = Set.of(
            "number", "phone", "cell", "mobile", "email", "address", "account", "voicemail", "line", "extension");

    /** At a word start {@code i}: marks a name behind a cue there; returns where to go on, or -1. */
    static int at(LineScan s, int i) {
        for (String t : TITLES) {
            if (s.c[i] == t.charAt(0) && regionMatches(s, i, t)) {
                return mark(s, i + t.length());
            }
        }
        char f = (char) (s.c[i] | 0x20);
        for (String cue : DIRECT) {
            if (cue.charAt(0) == f && s.regionMatchesIgnoreCase(i, cue)) {
                return mark(s, i + cue.length());
            }
        }
        switch (f) {
            case 'c' -> {
                if (s.regionMatchesIgnoreCase(i, "call ")) {
                    return followed(s, i + 5, " at ", " on ", " back"); // "call John Smith at …"
                }
            }
            case 't' -> {
                if (s.regionMatchesIgnoreCase(i, "this is ")) {
                    return followed(s, i + 8, " calling", " speaking", " here", " from ", " at ", ",");
                }
            }
            case 'h' -> {
                if (s.regionMatchesIgnoreCase(i, "hi ") || s.regionMatchesIgnoreCase(i, "hello ")) {
                    return followed(s, i + (f == 'h' && s.regionMatchesIgnoreCase(i, "hi ") ? 3 : 6), ",", "!");
                }
            }
            case 'i' -> {
                if (s.regionMatchesIgnoreCase(i, "i am ") || s.regionMatchesIgnoreCase(i, "i'm ")) {
                    return firstName(s, i + (s.c[i + 1] == ' ' ? 5 : 4));
                }
            }
            default -> { }
        }
        return possessive(s, i);
    }

    private static int mark(LineScan s, int from) {
        int end = NameValues.runEnd(s, from);
        if (end > from) {
            UriScanner.markName(s, from, end);
            return end;
        }
        return -1;
    }

    /** A name after the cue, then one of {@code after} right behind it (or the end of the line). */
    private static int followed(LineScan s, int from, String... after) {
        int end = NameValues.runEnd(s, from);
        if (end <= from) {
            return -1;
        }
        boolean ok = end == s.n || firstName(s, from, end);
        for (String a : after) {
            ok |= s.regionMatchesIgnoreCase(end, a);
        }
        if (!ok) {
            return -1;
        }
        UriScanner.markName(s, from, end);
        return end;
    }

    private static int firstName(LineScan s, int from) {
        int end = NameValues.runEnd(s, from);
        if (end > from && firstName(s, from, end)) {
            UriScanner.markName(s, from, end);
            return end;
        }
        return -1;
    }

    private static boolean firstName(LineScan s, int from, int end) {
        int w = from;
        while (w < end && Character.isLetter(s.c[w])) {
            w++;
        }
        return FIRST_NAMES.contains(new String(s.c, from, w - from).toLowerCase(Locale.ROOT));
    }

    /** "John Smith's number is …": capitalised words ending in 's before a personal noun. */
    private static int possessive(LineScan s, int i) {
        if (!Character.isUpperCase(s.c[i])) {
            return -1;
        }
        int end = NameValues.runEnd(s, i);
        if (end < i + 3 || s.at(end) != '\'' || s.at(end + 1) != 's' || s.at(end + 2) != ' ') {
            if (end > i + 3 && s.regionMatchesIgnoreCase(end - 2, "'s") && s.at(end) == ' ') {
                end -= 2; // runEnd kept the 's inside the last word
            } else {
                return -1;
            }
        }
        int w = end + 3;
        int we = w;
        while (we < s.n && we - w < 12 && Character.isLetter(s.c[we])) {
            we++;
        }
        if (!POSSESSED.contains(new String(s.c, w, we - w).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        UriScanner.markName(s, i, end);
        return end;
    }

    private static boolean regionMatches(LineScan s, int at, String t) {
        if (at + t.length() > s.n) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (s.c[at + k] != t.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = NameCues.class.getResourceAsStream("first-names.txt")) {
            if (in == null) {
                return Set.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String n = line.trim();
                if (!n.isEmpty() && !n.startsWith("#")) {
                    names.add(n.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            return Set.of();
        }
        return Set.copyOf(names);
    }
}
