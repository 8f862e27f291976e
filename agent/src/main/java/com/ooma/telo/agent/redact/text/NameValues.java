package com.ooma.telo.agent.redact.text;

/**
 * Where a name found by key or phrase ends: a quoted value, a value up to the next key, or (when only the position
 * says "name" loosely) a run of up to four capitalised words, particles such as "de" or "van" allowed inside.
 */
final class NameValues {
    /** Capitalised words that name a role or a system, not a person ("call from Remote", "message from IVR"). */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
            "remote", "local", "user", "caller", "callee", "network", "server", "system", "peer", "host", "psap",
            "sbc", "pbx", "ivr", "operator", "voicemail", "gateway", "trunk", "carrier", "provider", "support",
            "sip", "pstn", "wireless", "toll", "spam", "scam", "telemarketer", "robocall", "emergency", "service",
            // words that start a sentence or sign a message, not a person
            "the", "a", "an", "this", "that", "it", "we", "you", "they", "he", "she", "our", "your", "my", "his",
            "her", "their", "i", "please", "thanks", "thank", "hi", "hello", "dear", "regards", "best", "no", "not",
            "yes", "ok", "all", "team", "world", "everyone", "there", "customer", "sir", "madam", "admin",
            "administrator", "root", "guest", "asterisk", "freeswitch", "kamailio", "linux", "android", "error",
            "warning", "notice", "debug", "info", "failed", "ok.", "none", "test", "here", "and", "or", "if",
            "when", "after", "before", "now", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "staff", "agent", "tech", "technician", "engineer", "manager",
            "helpdesk", "desk", "billing", "sales", "noc", "ops", "device", "hub", "telo", "ooma", "phone",
            "voip", "dect", "base", "handset", "router", "modem", "wifi", "mobile", "cell", "home", "office",
            "work", "number", "ext", "extension", "line", "trunk.", "sipura", "linksys", "cisco", "polycom",
            "yealink", "grandstream", "unifi", "openwrt", "dnsmasq", "is", "was", "will", "can", "cannot", "id",
            "ip", "tier");

    /**
     * Words that name a place, a line or a role in a display name, not a person: {@code "Kitchen"},
     * {@code "Front Desk"}, {@code "Line 1"}, {@code "WIRELESS CALLER"}, {@code "TOLL FREE CALL"}. A display name made
     * only of these (and numbers) is harmless.
     */
    private static final java.util.Set<String> ROLES = java.util.Set.of(
            "kitchen", "front", "back", "desk", "lobby", "phone", "office", "conference", "room", "door", "intercom",
            "fax", "garage", "reception", "line", "main", "wireless", "caller", "toll", "free", "call", "unknown",
            "anonymous", "voicemail", "bedroom", "living", "den", "basement", "hall", "hallway", "porch", "gate",
            "entrance", "shop", "store", "warehouse", "lab", "sales", "support", "billing", "service", "operator",
            "ring", "group", "queue", "paging", "page", "doorbell", "extension", "ext", "trunk", "pstn", "mobile",
            "cell", "home", "work", "cordless", "handset", "base", "fxs", "fxo", "port", "analog", "pbx", "ivr",
            "attendant", "auto", "night", "day", "emergency", "station", "guest", "pool", "patio", "yard",
            "upstairs", "downstairs", "master", "kids", "study", "library", "loft", "attic", "workshop", "studio",
            "gym", "private", "number", "restricted", "unavailable", "out", "of", "area", "blocked", "withheld",
            "cnam", "name", "not", "available", "spam", "likely", "scam", "telemarketer", "the", "a", "and",
            "voip", "sip", "gateway", "provider", "carrier", "local", "national", "international", "payphone",
            "coin", "booth", "hotline", "helpdesk", "team", "dept", "department", "nurse", "lift", "elevator",
            "security", "alarm", "monitoring", "panel", "test", "demo", "parking", "park", "meeting", "board",
            "outbound", "inbound", "incoming", "outgoing", "internal", "external", "forwarded", "transfer",
            "technical", "customer", "care", "center", "centre", "help", "tier", "level", "escalation",
            "engineering", "accounts", "account", "services", "solutions", "partner", "vendor", "admin", "id",
            "party", "list", "log", "info", "information", "details", "profile", "lookup", "presentation",
            "display", "status", "type", "category", "side", "leg", "channel", "session", "hung", "up", "failed",
            "pressed", "entered", "selected", "abandoned", "disconnected",
            "dropped", "left", "requested", "reports", "reported", "says", "said", "called", "count", "history",
            "settings", "options", "preferences", "verification", "verified", "authentication");

    private NameValues() {}

    /** True when every word of {@code lowerName} is a {@link #ROLES} word or a number. */
    static boolean rolesOnly(String lowerName) {
        boolean any = false;
        int i = 0;
        int n = lowerName.length();
        while (i < n) {
            while (i < n && !LineScan.letterOrDigit(lowerName.charAt(i))) {
                i++;
            }
            int w = i;
            boolean digits = true;
            while (i < n && LineScan.letterOrDigit(lowerName.charAt(i))) {
                digits &= Character.isDigit(lowerName.charAt(i));
                i++;
            }
            if (i > w) {
                if (!digits && !ROLES.contains(lowerName.substring(w, i))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** A name value: quoted, or up to the next key / delimiter; with {@code strict}, capitalised words only. */
    static void nameValue(LineScan s, int v, boolean strict) {
        if (s.at(v) == '"' || s.at(v) == '\'') {
            int close = v + 1;
            while (close < s.n && s.c[close] != s.c[v]) {
                close++;
            }
            UriScanner.markName(s, v + 1, close);
            return;
        }
        if (strict) {
            nameRun(s, v);
            return;
        }
        UriScanner.markName(s, v, ValueEnd.of(s, v));
    }

    /** Capitalised words (or caseless letters) starting at {@code from}, up to four, as a name. */
    static void nameRun(LineScan s, int from) {
        int i = from;
        while (s.at(i) == ' ') {
            i++;
        }
        if (s.at(i) == '"' || s.at(i) == '\'') {
            nameValue(s, i, false);
            return;
        }
        int end = runEnd(s, i);
        if (end > i) {
            UriScanner.markName(s, i, end);
        }
    }

    /**
     * End of a run of up to four capitalised words (particles such as "de" or "van" inside, "SMITH, JOHN") that
     * starts at {@code start}, or -1 when there is none or its first word names a role or a system.
     */
    static int runEnd(LineScan s, int start) {
        int i = start;
        int end = -1;
        int words = 0;
        while (i < s.n && words < 4) {
            char first = s.c[i];
            boolean capital = Character.isUpperCase(first) || LineScan.letter(first) && !Character.isLowerCase(first);
            int w = i;
            while (i < s.n && i - w < 40 && (LineScan.letter(s.c[i]) || s.c[i] == '\'' || s.c[i] == '-'
                    || s.c[i] == '.')) {
                i++;
            }
            boolean particle = !capital && isParticle(s, w, i);
            if (i == w || !(capital || particle)) {
                break;
            }
            words++;
            if (capital) {
                end = i; // "van der Berg": particles count only before a capitalised word
            }
            if (words == 1 && notAName(s, w, i)) {
                return -1;
            }
            if (s.at(i) == ',' && s.at(i + 1) == ' ' && Character.isUpperCase(s.at(i + 2)) && words == 1) {
                i += 2; // "SMITH, JOHN"
            } else if (s.at(i) == ' ') {
                i++;
            } else {
                break;
            }
        }
        while (end > start && (s.c[end - 1] == '.' || s.c[end - 1] == '-' || s.c[end - 1] == '\'')) {
            end--;
        }
        return words > 0 && end > start ? end : -1;
    }

    static boolean notAName(LineScan s, int from, int to) {
        String word = new String(s.c, from, to - from).toLowerCase(java.util.Locale.ROOT);
        while (word.endsWith(".") || word.endsWith(",")) {
            word = word.substring(0, word.length() - 1);
        }
        return SipUser.ANONYMOUS.contains(word) || NOT_NAMES.contains(word);
    }

    private static boolean isParticle(LineScan s, int from, int to) {
        String w = new String(s.c, from, to - from);
        return switch (w) {
            case "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin", "al",
                    "ibn", "dos", "das", "y" -> true;
            default -> false;
        };
    }
}
