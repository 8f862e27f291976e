package com.ooma.telo.agent.redact.text;

import java.util.Locale;
import java.util.Set;

/**
 * What the key (or the word) in front of a value says about it: a key such as {@code ssrc} or {@code uptime} marks a
 * harmless number, {@code cid_num} or {@code from} a personal one, {@code fw} a version. Keys are split into words
 * ({@code bytes_rx} is {@code bytes} + {@code rx}), and a personal word beats a harmless one.
 */
final class KeyWords {
    enum Kind { NONE, SAFE, PERSONAL, VERSION, NAME, ADDRESS, MAC, IMEI, IPEI, SSN, CARD }

    private KeyWords() {}

    private static final Set<String> SAFE = Set.of(
            "ts", "time", "timestamp", "tstamp", "epoch", "date", "uptime", "ssrc", "csrc", "seq", "sequence",
            "cseq", "bytes", "byte", "octets", "pkts", "packets", "pkt", "frames", "count", "counter", "cnt", "total",
            "sum", "rx", "tx", "size", "len", "length", "ms", "msec", "usec", "us", "ns", "sec", "secs", "seconds",
            "duration", "dur", "elapsed", "expires", "expiry", "lease", "ttl", "mem", "memory", "free", "used",
            "avail", "heap", "rss", "kb", "mb", "gb", "kib", "mib", "build", "crc", "checksum", "hash", "nonce",
            "id", "pid", "tid", "ppid", "session", "sess", "dialog", "dialogid", "branch", "tag", "callid", "port",
            "rtp", "rtcp", "jitter", "loss", "lost", "rtt", "latency", "delay", "bitrate", "rate", "bps", "kbps",
            "offset", "index", "idx", "version", "ver", "fw", "sw", "firmware", "software", "rev", "revision",
            "release", "boot", "cpu", "temp", "load", "ntp", "ticks", "jiffies", "cycles", "retries", "attempt",
            "attempts", "errors", "error", "err", "drops", "dropped", "discards", "overruns", "queue", "backlog",
            "buffer", "buf", "cookie", "digest", "sha", "md5", "uuid", "guid", "blocks", "sectors", "inode",
            "capacity", "limit", "max", "min", "avg", "mean", "fsync", "fsyncs", "writes", "reads", "ops",
            "requests", "req", "msgs", "messages", "events", "calls", "mos", "score", "bandwidth", "bw",
            "throughput", "freq", "hz", "rssi", "snr", "battery", "interval", "period", "timeout", "window",
            "generation", "gen", "instance", "thread", "handle", "fd", "serial", "sn", "samples", "clock",
            "trace", "span", "txn", "transaction", "request", "correlation", "cid_hash", "etag", "hits",
            "misses", "nr", "iteration", "frame", "ssrcs", "bytesrx", "bytestx", "uid", "gid", "nbytes", "nsec",
            "usecs", "msecs", "timestamp_ms", "wm",
            "dropped_total", "seqno", "ack", "acks", "crc32", "epoch_ms", "range", "ports", "segment", "seg", "chunk", "lsn", "record", "page",
            "sector", "job", "jobs", "object", "obj", "block", "blk", "msgid", "txid", "reqid", "rid", "xid", "corr",
            "sent", "received", "recv", "udp", "tcp", "tls", "priority", "prio", "candidate", "foundation", "rseq", "rack", "lsr", "dlsr", "sr", "rr", "seen", "created", "modified", "updated", "changed", "ago", "deadline", "stamp",
            "sha1", "sha256", "sha512", "sha384", "md5sum", "fingerprint",
            "utc", "unix", "monotonic", "mono");
    private static final Set<String> PERSONAL = Set.of(
            "phone", "num", "number", "tel", "telephone", "mobile", "cell", "fax", "cid", "clid", "callerid",
            "caller", "ani", "dnis", "did", "msisdn", "from", "to", "dial", "dialed", "dialled", "dialing", "called",
            "calling", "callee", "contact", "forward", "forwarded", "fwd", "target", "dest", "destination",
            "remote", "peer", "party", "account", "acct", "subscriber", "dtmf", "digits", "pin", "cnum", "cli",
            "msidn", "e164", "uri", "aor", "user", "extension", "ext", "callback", "redirect", "diversion", "owner",
            "customer", "home", "work", "line", "sms", "voicemail", "vm", "mailbox", "nr_to", "orig");
    private static final Set<String> VERSION = Set.of(
            "fw", "firmware", "version", "ver", "sw", "software", "build", "release", "rev", "revision", "image",
            "kernel", "bootloader", "hwver", "swver", "fwver", "agent", "pkg", "package", "dsp", "rom", "os", "v",
            "bootrom");
    /** Verbs that put a version next to them; used only to tell a version quad from an IP, never for numbers. */
    private static final Set<String> VERSION_VERBS = Set.of(
            "upgrade", "upgrading", "upgraded", "downgrade", "update", "updating", "downloading", "installing",
            "installed", "running", "ota", "flashing", "flashed");
    private static final Set<String> ADDRESS = Set.of(
            "address", "addr", "street", "e911", "911", "civic", "location", "loc", "residence", "postal",
            "mailing", "billing", "shipping", "service_address", "city", "zip", "zipcode", "postcode",
            "postal_code", "town", "province", "county");
    private static final Set<String> NOT_A_VALUE = Set.of(
            "status", "state", "result", "check", "error", "type", "count", "mode", "family", "len", "length",
            "valid", "validated", "verified", "changed", "updated", "source", "format", "version", "id", "ok");
    private static final Set<String> MAC = Set.of(
            "mac", "hwaddr", "chaddr", "macaddr", "lladdr", "ether", "bssid", "hw", "eui", "eui48", "station");
    private static final Set<String> NAME_EXEMPT = Set.of(
            "host", "file", "codec", "model", "event", "process", "thread", "server", "domain", "interface", "iface",
            "profile", "queue", "table", "service", "app", "zone", "tz", "timezone", "ssid", "network", "net",
            "cert", "key", "alg", "cipher", "plugin", "module", "class", "method", "func", "function", "field",
            "param", "column", "type", "kind", "task", "job", "scenario", "test", "metric", "counter", "channel",
            "topic", "broker", "product", "vendor", "brand", "pool", "bucket", "region", "cluster", "node",
            "pod", "container", "image", "package", "pkg", "feature", "rule", "policy", "state", "status", "mode",
            "codecname", "hostname", "filename", "pathname", "dirname", "basename", "nodename", "tagname",
            "device", "srs", "driver", "card", "sink", "source", "input", "output", "endpoint", "context", "trunk",
            "transport", "aor", "registration", "bridge", "dialplan", "application", "variable", "sound", "audio",
            "video", "mixer", "certificate", "realm", "ua", "db", "database");

    /** Keys seen in logs are few; classifying each once keeps the per-line cost to a map lookup. */
    private static final int CACHE_LIMIT = 4096;
    private static final java.util.concurrent.ConcurrentHashMap<String, Kind> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Classifies a key (as written before the value, any case, any of {@code _ - . } separators). */
    static Kind classify(String key) {
        if (key.isEmpty()) {
            return Kind.NONE;
        }
        Kind cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Kind kind = compute(key);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(key, kind);
        }
        return kind;
    }

    private static final Set<String> NAME_WORDS = Set.of(
            "name", "cnam", "displayname", "callername", "display", "fullname", "firstname", "lastname", "surname",
            "username", "cnap", "cna", "cnip", "callingname");

    /** One pass collects what the words say; the most specific kind wins, a personal word beats a harmless one. */
    private static Kind compute(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        String[] words = split(key);
        boolean personal = false;
        boolean address = false;
        boolean mac = lower.contains("macaddr") || lower.contains("hwaddr");
        boolean version = false;
        boolean safe = false;
        for (int i = 0; i < words.length; i++) {
            String w = stripIndex(words[i]);
            switch (w) {
                case "imei", "imeisv" -> {
                    return Kind.IMEI;
                }
                case "ipei", "ipui" -> {
                    return Kind.IPEI;
                }
                case "ssn", "social" -> {
                    return Kind.SSN;
                }
                case "card", "pan", "cc", "ccnum" -> {
                    return Kind.CARD;
                }
                default -> { }
            }
            if (NAME_WORDS.contains(w) && i == words.length - 1 && (i == 0 || !NAME_EXEMPT.contains(words[i - 1]))
                    && !NAME_EXEMPT.contains(lower)) {
                return Kind.NAME;
            }
            mac |= MAC.contains(w);
            address |= ADDRESS.contains(w);
            personal |= PERSONAL.contains(w);
            version |= VERSION.contains(w);
            safe |= SAFE.contains(w);
        }
        if (address) {
            return NOT_A_VALUE.contains(words[words.length - 1]) ? (safe ? Kind.SAFE : Kind.NONE) : Kind.ADDRESS;
        }
        if (mac) {
            return Kind.MAC;
        }
        if (personal) {
            return Kind.PERSONAL;
        }
        if (version) {
            return Kind.VERSION;
        }
        return safe ? Kind.SAFE : Kind.NONE;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> LOWER =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Lower-cased key, cached like {@link #classify}. */
    static String lower(String key) {
        String l = LOWER.get(key);
        if (l == null) {
            l = key.toLowerCase(Locale.ROOT);
            if (LOWER.size() < CACHE_LIMIT) {
                LOWER.put(key, l);
            }
        }
        return l;
    }

    private static final Set<String> TIME_WORDS = Set.of(
            "time", "timestamp", "ts", "tstamp", "date", "epoch", "created", "updated", "modified", "uptime",
            "stamp", "since", "expires", "expiry", "started", "start", "end", "ended", "last", "utc", "unix");

    /** True when a word of the key says time ({@code Caller-Profile-Created-Time}, {@code Event-Date-Timestamp}). */
    static boolean hasTimeWord(String key) {
        for (String w : split(key)) {
            if (TIME_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Products whose name is written right before their version ("Asterisk PBX 1.6.0.3"); a closed list. */
    private static final Set<String> PRODUCTS = Set.of(
            "asterisk", "pbx", "freeswitch", "kamailio", "opensips", "openser", "pjsip", "pjsua", "pjproject",
            "baresip", "linphone", "liblinphone", "sipp", "dnsmasq", "openwrt", "lede", "busybox", "udhcpc",
            "pppd", "ntpd", "chronyd", "dropbear", "postfix", "exim", "dovecot", "sendmail", "unifi", "edgeos",
            "telo", "yealink", "polycom", "grandstream", "gigaset", "fritz", "fritzbox", "openssl", "libc",
            "glibc", "linux", "java", "jdk", "openjdk", "netty", "jetty");
    private static final Set<String> LINKS = Set.of("to", "from", "is", "v", "version", "ver", "release");

    /**
     * True when the label right before a dotted quad makes it a version: its last word is a version word, an
     * upgrade verb or a product ("firmware 3.9.7.1", "Asterisk PBX 1.6.0.3"), or "to"/"from"/"is" after one
     * ("upgrade to 7.2.0.115"). "release of 192.168.1.23" (a DHCP release) is no version: "of" ends the label.
     */
    static boolean versionPhrase(String phrase) {
        String[] words = split(phrase);
        for (int i = words.length - 1; i >= 0 && i >= words.length - 2; i--) {
            String w = words[i];
            if (VERSION.contains(w) || VERSION_VERBS.contains(w) || PRODUCTS.contains(w)) {
                return true;
            }
            if (!LINKS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> RELEASE_TAGS = Set.of(
            "rc", "beta", "alpha", "a", "b", "pre", "dev", "snapshot", "release", "rel", "stable", "cert", "git",
            "svn", "build", "final", "ga", "r", "p", "patch", "test", "nightly", "lts", "m");

    /** A pre-release or build tag after a version's dash ({@code -rc1}, {@code -beta}, {@code -cert2}). */
    static boolean releaseTag(LineScan s, int from) {
        int i = from;
        while (i < s.n && i - from < 10 && LineScan.letter(s.c[i])) {
            i++;
        }
        return i > from && !LineScan.letter(s.at(i))
                && RELEASE_TAGS.contains(new String(s.c, from, i - from).toLowerCase(Locale.ROOT));
    }

    /** {@code cpu0} reads as {@code cpu}, {@code eth1} as {@code eth}: an index does not change what a key is. */
    private static String stripIndex(String w) {
        if (SAFE.contains(w) || PERSONAL.contains(w) || ADDRESS.contains(w) || MAC.contains(w) || VERSION.contains(w)
                || w.equals("e164") || w.equals("eui48")) {
            return w; // known as written: e911, sha256
        }
        int end = w.length();
        while (end > 1 && Character.isDigit(w.charAt(end - 1))) {
            end--;
        }
        return end == w.length() || !LineScan.letter(w.charAt(end - 1)) ? w : w.substring(0, end);
    }

    /** Splits {@code bytes_rx}, {@code Call-ID}, {@code rttMs} into lowercase words. */
    static String[] split(String key) {
        StringBuilder sb = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '_' || c == '-' || c == '.' || c == ' ') {
                sb.append(' ');
            } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
                sb.append(' ').append(Character.toLowerCase(c));
            } else {
                sb.append(Character.toLowerCase(c));
            }
        }
        java.util.List<String> words = new java.util.ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= sb.length(); i++) {
            boolean space = i == sb.length() || sb.charAt(i) == ' ';
            if (space && start >= 0) {
                words.add(sb.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words.toArray(new String[0]);
    }
}
