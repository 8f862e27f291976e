package com.ooma.telo.agent.redact.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties from the issue: random numbers in random formats inside random log lines never leak (scored as the
 * corpus is), and random harmless telemetry lines come back unchanged.
 */
class RedactionPropertiesTest {
    private static final LogRedactor REDACTOR = LogRedactor.standard();
    private static final int[] DIGIT_ZEROS = {'0', 0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10, 0x0E50};

    record Planted(String line, String span) {}

    @Property(tries = 2000)
    void randomPhoneNumbers_inRandomLines_neverLeak(@ForAll("linesWithNumbers") Planted p) {
        String out = REDACTOR.redact(p.line()).text();
        assertThat(CorpusScore.leaks(p.span(), out)).as("%s => %s", p.line(), out).isFalse();
    }

    @Property(tries = 2000)
    void randomHarmlessTelemetry_comesBackUnchanged(@ForAll("harmlessLines") String line) {
        RedactedLine r = REDACTOR.redact(line);
        assertThat(r.text()).isEqualTo(line);
        assertThat(r.dropped()).isFalse();
    }

    @Property(tries = 2000)
    void randomEmailsAddressesCardsAndIds_inRandomLines_neverLeak(@ForAll("linesWithItems") Planted p) {
        String out = REDACTOR.redact(p.line()).text();
        assertThat(CorpusScore.leaks(p.span(), out)).as("%s => %s", p.line(), out).isFalse();
    }

    @Provide
    Arbitrary<Planted> linesWithItems() {
        Arbitrary<Integer> octet = Arbitraries.integers().between(0, 255);
        Arbitrary<String> ipv4 = Combinators.combine(Arbitraries.integers().between(1, 223).filter(v -> v != 127),
                octet, octet, octet).as((a, b, c, d) -> a + "." + b + "." + c + "." + d);
        Arbitrary<Integer> coin = Arbitraries.integers().between(0, 2);
        Arbitrary<List<String>> groups = Arbitraries.integers().between(0, 0xffff).map(Integer::toHexString).list()
                .ofSize(8).filter(g -> !g.get(0).equals("0")); // not :: or ::1, which stay by design
        Arbitrary<String> ipv6 = Combinators.combine(groups, coin).as((g, c) -> c == 0 ? String.join(":", g)
                : g.get(0) + ":" + g.get(1) + "::" + g.get(7));
        Arbitrary<List<String>> bytes = Arbitraries.integers().between(0, 255).map(v -> String.format("%02x", v))
                .list().ofSize(6);
        Arbitrary<String> mac = Combinators.combine(bytes, coin).as((g, c) -> switch (c) {
            case 0 -> String.join(":", g).toUpperCase();
            case 1 -> String.join("-", g);
            default -> g.get(0) + g.get(1) + "." + g.get(2) + g.get(3) + "." + g.get(4) + g.get(5);
        });
        Arbitrary<String> email = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
                        .ofMaxLength(10), Arbitraries.of("", ".", "_", "+", "-"), Arbitraries.strings().alpha()
                        .numeric().ofMinLength(1).ofMaxLength(8), Arbitraries.of("example.com", "mail.example.org",
                        "x.example.co.uk"), coin)
                .as((a, sep, b, dom, c) -> a + sep + b + (c == 0 ? "%40" : "@") + dom);
        Arbitrary<String> card = Combinators.combine(Arbitraries.of("4", "51", "55", "2221", "2720", "34", "37",
                        "6011", "65", "3530", "62"), Arbitraries.of(15, 16, 19), Arbitraries.longs(), coin)
                .as((pre, len, seed, c) -> {
                    String n = luhnNumber(pre, len, seed);
                    return len == 16 && c == 0 ? n.substring(0, 4) + " " + n.substring(4, 8) + " "
                            + n.substring(8, 12) + " " + n.substring(12) : n;
                });
        Arbitrary<String> ssn = Combinators.combine(Arbitraries.integers().between(100, 665),
                Arbitraries.integers().between(10, 99), Arbitraries.integers().between(1000, 9999))
                .as((a, b, c) -> a + (c % 2 == 0 ? "-" : " ") + b + "-" + c);
        Arbitrary<String> imei = Combinators.combine(Arbitraries.of("35", "86", "99", "01"), Arbitraries.longs())
                .as((p, seed) -> luhnNumber(p, 15, seed));
        Arbitrary<String> item = Arbitraries.oneOf(ipv4, ipv6, mac, email, card, ssn, imei);
        Arbitrary<String> prefix = Arbitraries.of("", "peer ", "src=", "client ", "value: ", "[", "x=\"", "→ ");
        Arbitrary<String> suffix = Arbitraries.of("", " ok", "]", "\"", " port 5060", " — Zürich", ";lr");
        return Combinators.combine(prefix, item, suffix).as((a, n, b) -> new Planted(a + n + b, n));
    }

    static String luhnNumber(String prefix, int length, long seed) {
        java.util.Random r = new java.util.Random(seed);
        StringBuilder sb = new StringBuilder(prefix);
        while (sb.length() < length - 1) {
            sb.append(r.nextInt(10));
        }
        int sum = 0;
        for (int i = sb.length() - 1, pos = 0; i >= 0; i--, pos++) {
            int d = sb.charAt(i) - '0';
            if (pos % 2 == 0) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
        }
        return sb.append((10 - sum % 10) % 10).toString();
    }

    @Provide
    Arbitrary<Planted> linesWithNumbers() {
        Arbitrary<String> digits10 = Combinators.combine(
                        Arbitraries.integers().between(2, 9), Arbitraries.strings().numeric().ofLength(2),
                        Arbitraries.integers().between(2, 9), Arbitraries.strings().numeric().ofLength(6))
                .as((a, b, c, d) -> "" + a + b + c + d);
        Arbitrary<String> intl = Combinators.combine(Arbitraries.of("44", "33", "49", "91", "86", "52", "61"),
                Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(12)).as((cc, s) -> cc + s);
        Arbitrary<String> number = Combinators.combine(digits10, intl, Arbitraries.integers().between(0, 13),
                        Arbitraries.integers().between(0, DIGIT_ZEROS.length - 1))
                .as((n, i, style, script) -> toScript(format(n, i, style), DIGIT_ZEROS[script]));
        Arbitrary<String> prefix = Arbitraries.of("", "callmgr: caller ", "INVITE to ", "dst=", "cid_num=",
                "fwd target ", "[12:00:01] dialled ", "note: ", "Von: ", "来电 ", "x ", "uri=/a?b=");
        Arbitrary<String> suffix = Arbitraries.of("", " ok", " (busy)", ";user=phone", " rc=486", " — Zürich",
                "\t", " at 2024-05-05T10:00:00Z", "&x=1");
        return Combinators.combine(prefix, number, suffix).as((a, n, b) -> new Planted(a + n + b, n));
    }

    static String format(String n, String intl, int style) {
        String a = n.substring(0, 3);
        String b = n.substring(3, 6);
        String c = n.substring(6);
        return switch (style) {
            case 0 -> "+1" + n;
            case 1 -> "(" + a + ") " + b + "-" + c;
            case 2 -> a + "." + b + "." + c;
            case 3 -> a + " " + b + " " + c;
            case 4 -> "+1 " + a + " " + b + " " + c + " x" + c.substring(0, 2);
            case 5 -> "011 " + intl.substring(0, 2) + " " + intl.substring(2);
            case 6 -> "00" + intl;
            case 7 -> "%2B" + intl;
            case 8 -> String.join(" ", n.split(""));
            case 9 -> "1-" + a + "-" + b + "-" + c;
            case 10 -> "+" + intl;
            case 11 -> a + "\u200B" + b + "\u200B" + c;
            case 12 -> "tel:+1" + n;
            default -> n;
        };
    }

    static String toScript(String s, int zero) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch >= '0' && ch <= '9') {
                sb.appendCodePoint(zero + ch - '0');
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> harmlessLines() {
        Arbitrary<String> field = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("ts", "ts_ms", "uptime", "ssrc", "seq", "bytes_rx", "rx_packets",
                        "mem_free_kb", "duration_ms", "expires"), Arbitraries.longs().between(0, 9_999_999_999_999L))
                        .as((k, v) -> k + "=" + v),
                Arbitraries.integers().between(1, 65535).map(p -> "port=" + p),
                Arbitraries.integers().between(0, 999).map(v -> "code=" + v),
                Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 999)).as((x, y, z) -> "fw=" + x + "." + y + "." + z),
                Combinators.combine(Arbitraries.integers().between(2000, 2030), Arbitraries.integers().between(1, 12),
                                Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 86399))
                        .as((y, m, d, t) -> String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, t / 3600,
                                t / 60 % 60, t % 60)),
                Arbitraries.create(java.util.UUID::randomUUID).map(u -> "call " + u),
                Arbitraries.of("Zürich", "São Paulo", "Łódź", "東京", "Москва", "القاهرة", "°C", "µs", "—"),
                Arbitraries.of("SIP/2.0 200 OK", "CSeq: 12 INVITE", "127.0.0.1:4590", "[::1]:8080",
                        "codec=PCMU", "MOS=4.3", "loss=0.2%", "*67", "911", "rtt 45 ms"),
                // Words of a telemetry line. Not random letters: those spell keywords that rightly make the next
                // number personal ("cid ts=1000000" reads as a caller id).
                Arbitraries.of("ok", "done", "retry", "state", "sync", "link", "up", "down", "idle", "busy", "tick",
                        "flush", "queue", "worker", "reload", "timer", "stats", "warn", "info", "dect", "rtp", "wan"));
        // Two numbers side by side ("code=0 911 911") read as one spaced digit run, which is how DTMF logs print
        // digits typed in a call: the redactor must treat that as a number, so it is not a harmless line.
        return field.list().ofMinSize(1).ofMaxSize(6).filter(RedactionPropertiesTest::noDigitsMeetAcrossASpace)
                .map(l -> String.join(" ", l));
    }

    private static boolean noDigitsMeetAcrossASpace(List<String> fields) {
        for (int i = 1; i < fields.size(); i++) {
            String before = fields.get(i - 1);
            if (Character.isDigit(before.charAt(before.length() - 1)) && Character.isDigit(fields.get(i).charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
