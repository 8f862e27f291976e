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
        "opened by ", "authorized by ", "approved by ", "last name ", "first name ", "surname ", "my wife ",
        "my husband ", "my son ", "my daughter ", "my mother ", "my father ", "my mom ", "my dad ", "my partner ",
        "my friend ", "my neighbor ", "my neighbour ", "my colleague ", "my boss ", "my sister ", "my brother ",
        "display name ", "account holder: ", "contact name: "};
    /** Cues after which two or more capitalised words are a name ("Caller Robert Jenkins", "Customer Mei Smith"). */
    private static final String[] TWO_WORDS = {"caller ", "customer ", "subscriber ", "account holder "};
    /** Cues followed by a quoted name ({@code name 'Sarah Tanaka'}) or a quoted user handle ({@code user 'TOMAS'}). */
    /** Cues followed by a user handle ({@code UA not found: rpatel}, baresip). */
    private static final String[] HANDLE = {"ua not found: "};
    private static final String[] QUOTED = {"name '", "name \"", "user '", "user \"", "returned '", "returned \""};
    /** Honorifics, matched with their case. */
    private static final String[] TITLES = {"Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mx. ", "Mr ", "Mrs ", "Miss ", "Prof. "};
    private static final Set<String> POSSESSED = Set.of(
            "number", "phone", "cell", "mobile", "email", "address", "account", "voicemail", "line", "extension");

    /** The cues of every list by their first three characters, so most words cost one table lookup. */
    private static final boolean[] PREFIXES = prefixes();

    private static int code(char ch) {
        char c = ch >= 'A' && ch <= 'Z' ? (char) (ch | 0x20) : ch;
        return c >= 'a' && c <= 'z' ? c - 'a' : c == ' ' ? 26 : c < 0x80 ? 27 : -1;
    }

    private static int key(char a, char b, char c) {
        int x = code(a);
        int y = code(b);
        int z = code(c);
        return x < 0 || y < 0 || z < 0 ? -1 : (x * 28 + y) * 28 + z;
    }

    private static boolean[] prefixes() {
        boolean[] p = new boolean[28 * 28 * 28];
        for (String[] list : new String[][] {TITLES, DIRECT, TWO_WORDS, HANDLE, QUOTED,
                {"entry ", "call ", "contact ", "my name is ", "this is ", "hi ", "hello ", "i am ", "i'm ",
                "processing "}}) {
            for (String cue : list) {
                p[key(cue.charAt(0), cue.charAt(1), cue.charAt(2))] = true;
            }
        }
        return p;
    }

    private static boolean mayStartCue(LineScan s, int i) {
        int k = key(s.c[i], s.at(i + 1), s.at(i + 2));
        return k >= 0 && PREFIXES[k];
    }

    /** At a word start {@code i}: marks a name behind a cue there; returns where to go on, or -1. */
    static int at(LineScan s, int i) {
        if (!mayStartCue(s, i)) {
            return Character.isUpperCase(s.c[i]) ? keyedOrPossessive(s, i) : -1;
        }
        for (String t : TITLES) {
            if (s.c[i] == t.charAt(0) && regionMatches(s, i, t)) {
                return mark(s, i + t.length());
            }
        }
        char f = (char) (s.c[i] | 0x20);
        for (String cue : DIRECT) {
            if (cue.charAt(0) == f && s.regionMatchesIgnoreCase(i, cue)) {
                int end = mark(s, i + cue.length());
                if (end > 0 || f != 'm') {
                    return end;
                }
                break; // "my name is bob": a given name in lower case, below
            }
        }
        for (String cue : TWO_WORDS) {
            if (cue.charAt(0) == f && s.regionMatchesIgnoreCase(i, cue)) {
                int from = i + cue.length();
                int end = NameValues.runEnd(s, from);
                int space = end > from ? indexOf(s, ' ', from, end) : -1;
                if (space > 0 && !NameValues.rolesOnly(new String(s.c, from, space - from).toLowerCase(Locale.ROOT))
                        && !NameValues.rolesOnly(new String(s.c, space + 1, end - space - 1).toLowerCase(Locale.ROOT))) {
                    UriScanner.markName(s, from, end); // "Caller Robert Jenkins", not "Caller ID Name" or "Hung Up"
                    return end;
                }
            }
        }
        for (String cue : HANDLE) {
            if (cue.charAt(0) == f && s.regionMatchesIgnoreCase(i, cue)) {
                int from = i + cue.length();
                int e = from;
                while (e < s.n && e - from < 64 && (LineScan.isWordChar(s.c[e]) || ".+-".indexOf(s.c[e]) >= 0)) {
                    e++;
                }
                while (e > from && s.c[e - 1] == '.') {
                    e--;
                }
                if (e > from && SipUser.personal(s, from, e) && s.isFree(from, e)) {
                    s.found(from, e, Placeholder.NAME);
                    return e;
                }
            }
        }
        for (String cue : QUOTED) {
            if (cue.charAt(0) == f && s.regionMatchesIgnoreCase(i, cue)
                    && (f != 'r' || mentionsCnam(s, i))) {
                return quoted(s, i + cue.length() - 1, f == 'u');
            }
        }
        switch (f) {
            case 'e' -> {
                if (s.regionMatchesIgnoreCase(i, "entry ")) {
                    return listEntry(s, i + 6); // CALLER LIST entry 17: Nancy Coleman (507)555-5237
                }
            }
            case 'c' -> {
                if (s.regionMatchesIgnoreCase(i, "call ")) {
                    return followed(s, i + 5, " at ", " on ", " back"); // "call John Smith at …"
                }
                if (s.regionMatchesIgnoreCase(i, "contact ")) {
                    return followed(s, i + 8, " at ", " on ", ","); // "contact John Smith at …"
                }
            }
            case 'm' -> {
                if (s.regionMatchesIgnoreCase(i, "my name is ")) {
                    return firstName(s, i + 11, true); // "my name is bob"
                }
            }
            case 'p' -> {
                if (s.regionMatchesIgnoreCase(i, "processing ")) {
                    return followed(s, i + 11, " <"); // FreeSWITCH: Processing Alice Doe <1001>->6505551212
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
        return keyedOrPossessive(s, i);
    }

    private static int keyedOrPossessive(LineScan s, int i) {
        int keyed = s.has(LineScan.NAME_KEY) ? nameKeyTo(s, i) : -1;
        return keyed > 0 ? keyed : s.has(LineScan.POSSESSIVE) ? possessive(s, i) : -1;
    }

    /** A name key used in prose: {@code Setting caller_id_name to [Jennifer Griffin]}, {@code cid_name is 'X'}. */
    private static int nameKeyTo(LineScan s, int i) {
        int e = i;
        boolean underscore = false;
        while (e < s.n && e - i < 40 && LineScan.isWordChar(s.c[e])) {
            underscore |= s.c[e] == '_';
            e++;
        }
        if (!underscore || e - i < 6 || !s.regionMatchesIgnoreCase(e - 4, "name")
                || KeyWords.classify(new String(s.c, i, e - i)) != KeyWords.Kind.NAME) {
            return -1;
        }
        if (s.regionMatchesIgnoreCase(e, " to ")) {
            return mark(s, e + 4);
        }
        if (s.regionMatchesIgnoreCase(e, " is ")) {
            return mark(s, e + 4);
        }
        return -1;
    }

    private static int indexOf(LineScan s, char ch, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.c[k] == ch) {
                return k;
            }
        }
        return -1;
    }

    private static boolean mentionsCnam(LineScan s, int i) {
        for (int k = Math.max(0, i - 60); k + 4 <= i; k++) {
            if ((s.c[k] == 'c' || s.c[k] == 'C') && s.regionMatchesIgnoreCase(k, "cnam")) {
                return true;
            }
        }
        return false;
    }

    /** A quoted value at {@code q}: a name, or (for a user) a handle of letters. */
    private static int quoted(LineScan s, int q, boolean user) {
        char quote = s.c[q];
        int close = q + 1;
        while (close < s.n && s.c[close] != quote && close - q < 96) {
            close++;
        }
        if (s.at(close) != quote || close == q + 1) {
            return -1;
        }
        if (user && (!SipUser.personal(s, q + 1, close) || !s.isFree(q + 1, close))) {
            return close;
        }
        if (user) {
            s.found(q + 1, close, Placeholder.NAME);
        } else {
            UriScanner.markName(s, q + 1, close);
        }
        return close;
    }

    /** After "entry 17: ": capitalised words followed by a number are the entry's name. */
    private static int listEntry(LineScan s, int from) {
        int p = from;
        while (LineScan.isDigit(s.at(p)) && p - from < 6) {
            p++;
        }
        if (p == from || s.at(p) != ':' || s.at(p + 1) != ' ') {
            return -1;
        }
        int end = NameValues.runEnd(s, p + 2);
        char next = s.at(end + 1);
        if (end > p + 2 && s.at(end) == ' ' && (LineScan.isDigit(next) || next == '+' || next == '(')) {
            UriScanner.markName(s, p + 2, end);
            return end;
        }
        return -1;
    }

    /** A quoted name right after a number ({@code incoming call from (664)498-6450 "Xavier A. Dlamini"}). */
    static void afterNumber(LineScan s, int from) {
        int p = from;
        while (p < s.n && p - from < 24 && "0123456789()+.- ".indexOf(s.c[p]) >= 0) {
            p++;
        }
        if (p - from >= 7 && (s.at(p) == '"' || s.at(p) == '\'')) {
            NameValues.nameValue(s, p, false);
        }
    }

    /** A quoted name before a number type: {@code PHONEBOOK sync: "Michael Watson" mobile 407-555-1625}. */
    static int quotedBeforeNumber(LineScan s, int q) {
        int close = q + 1;
        while (close < s.n && s.c[close] != '"' && close - q < 96) {
            close++;
        }
        if (s.at(close) != '"' || NameValues.runEnd(s, q + 1) != close) {
            return -1;
        }
        int w = Math.min(close + 2, s.n); // a line may end at the closing quote
        int we = w;
        while (we < s.n && we - w < 8 && LineScan.letter(s.c[we])) {
            we++;
        }
        String type = new String(s.c, w, we - w).toLowerCase(Locale.ROOT);
        char next = s.at(we + 1);
        if (s.at(close + 1) == ' ' && NUMBER_TYPES.contains(type) && s.at(we) == ' '
                && (LineScan.isDigit(next) || next == '+' || next == '(')) {
            UriScanner.markName(s, q + 1, close);
            return close;
        }
        return -1;
    }

    private static final Set<String> NUMBER_TYPES = Set.of("mobile", "home", "work", "cell", "office", "fax", "main");

    private static int mark(LineScan s, int from) {
        char q = s.at(from);
        if (q == '"' || q == '\'' || q == '[') {
            char close = q == '[' ? ']' : q;
            int e = from + 1;
            while (e < s.n && s.c[e] != close && e - from < 96) {
                e++;
            }
            if (s.at(e) == close && e > from + 1) {
                UriScanner.markName(s, from + 1, e);
                return e;
            }
            return -1;
        }
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
        return firstName(s, from, false);
    }

    /** A given name from the list; with {@code anyCase}, written in lower case too ("my name is bob"). */
    private static int firstName(LineScan s, int from, boolean anyCase) {
        int end = NameValues.runEnd(s, from);
        if (end < 0 && anyCase) {
            end = from;
            while (end < s.n && end - from < 20 && LineScan.letter(s.c[end])) {
                end++;
            }
        }
        if (end > from && firstName(s, from, end)) {
            UriScanner.markName(s, from, end);
            return end;
        }
        return -1;
    }

    private static boolean firstName(LineScan s, int from, int end) {
        int w = from;
        while (w < end && LineScan.letter(s.c[w])) {
            w++;
        }
        return FIRST_NAMES.contains(new String(s.c, from, w - from).toLowerCase(Locale.ROOT));
    }

    /** "John Smith's number is …": capitalised words ending in 's before a personal noun. */
    private static int possessive(LineScan s, int i) {
        if (!Character.isUpperCase(s.c[i]) || !apostropheAhead(s, i)) {
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
        while (we < s.n && we - w < 12 && LineScan.letter(s.c[we])) {
            we++;
        }
        if (!POSSESSED.contains(new String(s.c, w, we - w).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        UriScanner.markName(s, i, end);
        return end;
    }

    /** An {@code 's} within the next few words (a cheap test before reading the words). */
    private static boolean apostropheAhead(LineScan s, int i) {
        for (int k = i + 1; k < s.n && k - i < 80; k++) {
            char ch = s.c[k];
            if (ch == '\'') {
                return s.at(k + 1) == 's';
            }
            if (!LineScan.letter(ch) && ch != ' ' && ch != '.' && ch != '-') {
                return false;
            }
        }
        return false;
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
