package com.ooma.telo.simulator.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scanner on every kind of secret a run plants, in the spellings a leaking agent or backend would use. */
class SecretScanTest {
    private static final byte[] TAG_KEY = new byte[32];
    private static final LeakScanner SCANNER = LeakScanner.forSecrets(List.of(
            Secret.phone("+12135550100"),
            Secret.name("QUILLFEATHER ZEPHYRINE"),
            new Secret(SecretKind.POSTAL_ADDRESS, "4471 Canary Wharf Lane, Apt 12, Palo Alto, CA 94301"),
            new Secret(SecretKind.MAC_ADDRESS, "02:1a:2b:3c:4d:5e"),
            new Secret(SecretKind.IP_ADDRESS, "203.0.113.77"),
            new Secret(SecretKind.EMAIL, "ember.vantolk.4821@example.com"),
            new Secret(SecretKind.CARD_NUMBER, "4000001234567899")), TAG_KEY);

    @ParameterizedTest
    @ValueSource(strings = {
        // the line number: any separators, E.164, URL-encoded, 011/00, tel: URI, JSON digit array
        "+12135550100", "12135550100", "2135550100", "213-555-0100", "213.555.0100", "213 555 0100",
        "(213) 555-0100", "(213)555-0100", "+1 (213) 555-0100", "%2B12135550100", "%2B1%20213%20555%200100",
        "tel:+1-213-555-0100", "sip:+12135550100@sbc.example", "011 1 213 555 0100", "0012135550100",
        "2/1/3/5/5/5/0/1/0/0", "[2,1,3,5,5,5,0,1,0,0]", "21-35-55-01-00", "213_555_0100",
        // the caller-ID name: any case, either order, any short separator, URL-encoded
        "QUILLFEATHER ZEPHYRINE", "quillfeather zephyrine", "Zephyrine Quillfeather", "zephyrine_quillfeather",
        "Quillfeather, Zephyrine", "ZEPHYRINE%20QUILLFEATHER", "zephyrine+quillfeather", "zephyrine.quillfeather",
        "QuillfeatherZephyrine", "Zephyrine-Quillfeather",
        // the 911 address, whole or its street line
        "4471 Canary Wharf Lane, Apt 12, Palo Alto, CA 94301", "4471 CANARY WHARF LANE", "4471+Canary+Wharf+Lane",
        "4471%20canary%20wharf%20lane", "4471_canary_wharf_lane",
        // the MAC address
        "02:1a:2b:3c:4d:5e", "02-1A-2B-3C-4D-5E", "021a.2b3c.4d5e", "021A2B3C4D5E", "02%3A1a%3A2b%3A3c%3A4d%3A5e",
        // the WAN IP
        "203.0.113.77", "ip-203-0-113-77.isp.example", "77.113.0.203.in-addr.arpa", "203_0_113_77",
        // the email address
        "ember.vantolk.4821@example.com", "ZEPHYRINE.QUILLFEATHER.4821@EXAMPLE.COM",
        "ember.vantolk.4821%40example.com", "mailto:ember.vantolk.4821@example.com",
        "ember.vantolk.4821",
        // the card number typed as DTMF
        "4000001234567899", "4000 0012 3456 7899", "4000-0012-3456-7899", "4,0,0,0,0,0,1,2,3,4,5,6,7,8,9,9",
        "4 0 0 0 0 0 1 2 3 4 5 6 7 8 9 9", "dtmf=4000%200012%203456%207899#", "\"digits\":\"4000001234567899#\""})
    void scan_findsEverySpellingOfEveryCanary(String spelling) {
        byte[] bytes = concat(noise(3000), ("{\"x\":\"" + spelling + "\"}\n").getBytes(StandardCharsets.UTF_8),
                noise(3000));
        assertThat(SCANNER.scan(new ScanSurface("file", "agent/agent.log", bytes))).as(spelling).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a longer number that merely contains the line's digits, timestamps, counters, other numbers
        "seq=92135550100123", "ts=1764165550100", "2026-03-02T10:55:50.100Z", "213-555-0101",
        "+12135550101", "card ending 7899", "400000123456789", "40000012345678990",
        // other people, other machines
        "Zephyrine Smith", "Quill Feather", "4471 Canary Road", "02:1a:2b:3c:4d:5f", "203.0.113.7",
        "ember@example.com", "vantolk.4822@example.com",
        // the canary's letters spread over unrelated words
        "quill and feather, zephyr in e"})
    void scan_findsNothingInLookalikes(String text) {
        assertThat(SCANNER.scan(new ScanSurface("payload", "broker record 3",
                text.getBytes(StandardCharsets.UTF_8)))).as(text).isEmpty();
    }

    @Test
    void scan_findsNothingInRandomBytesOrAnAgentLogWithoutCanaries() {
        assertThat(SCANNER.scan(new ScanSurface("file", "spool.wal", noise(400_000)))).isEmpty();
        String log = "2026-03-02 10:55:50.100 INFO publish seq=17 bytes=2135 calls=5550 ok 2135550 0100\n"
                + "2026-03-02 10:55:51.000 INFO wan class=public family=ipv4 mac dropped 02 1a\n";
        assertThat(SCANNER.scan(new ScanSurface("file", "agent.log", log.getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void scan_reportsEachCanaryOnceByTagAndNeverPrintsIt() {
        String all = "+1 213 555 0100 / 213-555-0100 / zephyrine quillfeather / 02-1a-2b-3c-4d-5e / 203.0.113.77"
                + " / ember.vantolk.4821@example.com / 4000 0012 3456 7899 / 4471 Canary Wharf Lane";
        List<Finding> found = SCANNER.scan(new ScanSurface("opened report", "seq 4",
                all.getBytes(StandardCharsets.UTF_8)));
        assertThat(found).hasSize(7);
        assertThat(found).extracting(Finding::itemTag).doesNotHaveDuplicates();
        assertThat(found).allSatisfy(f -> assertThat(f.line())
                .doesNotContain("555", "0100", "4000", "203.0", "2b").doesNotContainIgnoringCase("quill"));
    }

    @Test
    void forSecrets_mergesTheSameSecretPlayedTwice() {
        LeakScanner scanner = LeakScanner.forSecrets(List.of(Secret.phone("+12135550100"),
                Secret.phone("(213) 555-0100"), Secret.name("QUILLFEATHER ZEPHYRINE"),
                Secret.name("Zephyrine Quillfeather")), TAG_KEY);
        assertThat(scanner.itemCount()).isEqualTo(2);
    }

    @Test
    void secret_neverPrintsItsValue() {
        assertThat(Secret.phone("+12135550100").toString()).doesNotContain("555");
    }

    private static byte[] noise(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        int len = 0;
        for (byte[] p : parts) {
            len += p.length;
        }
        byte[] out = new byte[len];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
