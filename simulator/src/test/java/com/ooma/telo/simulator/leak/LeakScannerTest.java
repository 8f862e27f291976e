package com.ooma.telo.simulator.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeakScannerTest {
    private static final byte[] TAG_KEY = new byte[32];
    private static final LeakScanner SCANNER = LeakScanner.forItems(
            Set.of("(650) 555-0111", "*674155550123", "011 44 20 7946 0123", "5550137"),
            Set.of("ALVAREZ MARIA", "Dev Patel"), TAG_KEY);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "(650) 555-0111", "6505550111", "16505550111", "+16505550111", "+1 650-555-0111", "650-555-0111",
        "650.555.0111", "1-650-555-0111", "%2B16505550111", "tel:+1-650-555-0111", "555-0111", "5550111",
        "4155550123", "+1 415 555 0123", "(415) 555-0123", "*674155550123",
        "011 44 20 7946 0123", "+44 20 7946 0123", "442079460123", "020 7946 0123", "00442079460123",
        "555-0137", "5550137",
        "ALVAREZ MARIA", "alvarez maria", "Maria Alvarez", "maria alvarez", "Alvarez, Maria", "maria%20alvarez",
        "Dev Patel", "DEV PATEL", "dev patel", "patel dev", "Patel, Dev", "dev_patel"})
    void scanTree_findsEverySpellingInAFile(String spelling) throws IOException {
        Files.createDirectories(dir.resolve("agent/spool"));
        Files.write(dir.resolve("agent/spool/segment-0001.wal"),
                concat(randomBytes(4000), ("x" + spelling + "\u0000").getBytes(StandardCharsets.UTF_8),
                        randomBytes(4000)));
        List<Finding> found = SCANNER.scanTree(dir);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo("file");
        assertThat(found.get(0).where()).isEqualTo("agent/spool/segment-0001.wal");
    }

    @Test
    void scan_findsANameInAPayloadAndANumberInATopic() {
        List<Finding> found = SCANNER.scan(List.of(
                new ScanSurface("payload", "broker record 7", "{\"caller\":\"maria alvarez\"}".getBytes()),
                new ScanSurface("topic", "broker record 6", "telo/v1/16505550111/usage".getBytes()),
                new ScanSurface("client id", "broker record 1", "telo-0123456789abcdef".getBytes())));
        assertThat(found).extracting(Finding::kind, Finding::where)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("payload", "broker record 7"),
                        org.assertj.core.groups.Tuple.tuple("topic", "broker record 6"));
    }

    @Test
    void scan_reportsEachItemOncePerPlaceWithATagInsteadOfTheItem() {
        List<Finding> found = SCANNER.scan(new ScanSurface("file", "agent.log",
                "6505550111 (650) 555-0111 dev patel Dev Patel".getBytes()));
        assertThat(found).hasSize(2);
        assertThat(found).extracting(Finding::itemTag).doesNotHaveDuplicates().allMatch(t -> t.matches("[0-9a-f]{8}"));
        assertThat(found).allSatisfy(f -> assertThat(f.line()).doesNotContain("555").doesNotContainIgnoringCase("patel"));
    }

    @Test
    void scanTree_labelsALeakingFileNameByTagNotByName() throws IOException {
        Files.writeString(dir.resolve("voicemail-6505550111.txt"), "nothing inside");
        List<Finding> found = SCANNER.scanTree(dir);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("file name");
            assertThat(f.where()).startsWith("path ").doesNotContain("555");
        });
    }

    @Test
    void scan_findsNothingInCleanInput() throws IOException {
        String pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIKm0bXz3kcIb6w5v1ymLnwbYP7q6ZrTjv3JqKXZ5h5Yd\n"
                + "-----END PRIVATE KEY-----\n";
        Files.writeString(dir.resolve("device-signing.pem"), pem);
        Files.writeString(dir.resolve("agent.log"), "2026-03-02 10:00:00 INFO publish seq=1764165550100 calls n=3"
                + " dest=domestic 555 0100 ok; 911 411 anonymous\n");
        Files.write(dir.resolve("spool.wal"), randomBytes(200_000));
        assertThat(SCANNER.scanTree(dir)).isEmpty();
        assertThat(SCANNER.scan(new ScanSurface("payload", "broker record 1", randomBytes(100_000)))).isEmpty();
    }

    @Test
    void forItems_mergesSpellingsOfTheSameNumberOrNameIntoOneItem() {
        LeakScanner scanner = LeakScanner.forItems(Set.of("+16505550111", "(650) 555-0111", "+14155550123"),
                Set.of("ALVAREZ MARIA", "Maria Alvarez"), TAG_KEY);
        assertThat(scanner.itemCount()).isEqualTo(3);
        assertThat(scanner.scan(new ScanSurface("payload", "broker record 2",
                "maria alvarez 650-555-0111".getBytes()))).hasSize(2);
    }

    @Test
    void tags_differUnderAnotherRunKey() {
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        LeakScanner other = LeakScanner.forItems(Set.of("5550137"), Set.of(), otherKey);
        LeakScanner same = LeakScanner.forItems(Set.of("5550137"), Set.of(), TAG_KEY);
        ScanSurface s = new ScanSurface("payload", "x", "555-0137".getBytes());
        assertThat(other.scan(s).get(0).itemTag()).isNotEqualTo(same.scan(s).get(0).itemTag());
    }

    private static byte[] randomBytes(int n) {
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
