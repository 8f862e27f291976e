package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deterministic CBOR: the bytes that trust bundles are signed over and that acks carry. */
class CanonicalCborTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void encode_sortsKeysShorterFirstThenBytewise() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", 1);
        m.put("next", new byte[] {1});
        m.put("current", new byte[] {2});
        m.put("not_before", 0);
        assertThat(HEX.formatHex(CanonicalCbor.encode(m))).isEqualTo(
                "a4"                                    // map(4)
                + "646e657874" + "4101"                   // "next": h'01'
                + "6763757272656e74" + "4102"             // "current": h'02'
                + "6776657273696f6e" + "01"               // "version": 1
                + "6a6e6f745f6265666f7265" + "00");       // "not_before": 0
    }

    @Test
    void encode_usesShortestIntegerHeads() {
        assertThat(HEX.formatHex(CanonicalCbor.encode(List.of(23L, 24L, 255L, 256L, 65_536L, 4_294_967_296L, -1L,
                -25L)))).isEqualTo("88" + "17" + "1818" + "18ff" + "190100" + "1a00010000" + "1b0000000100000000"
                + "20" + "3818");
    }

    @Test
    void encode_roundTripsThroughParse() {
        byte[] bytes = CanonicalCbor.encode(Map.of("a", true, "bb", List.of("x", 7), "ccc", new byte[] {9}));
        var tree = CanonicalCbor.parse(bytes).orElseThrow();
        assertThat(tree.get("a").asBoolean()).isTrue();
        assertThat(tree.get("bb").get(1).asInt()).isEqualTo(7);
        assertThat(CanonicalCbor.parse(new byte[] {(byte) 0xa1})).as("truncated").isEmpty();
        byte[] trailing = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertThat(CanonicalCbor.parse(trailing)).as("trailing byte").isEmpty();
    }

    @Test
    void encode_refusesTypesWithoutADeterministicForm() {
        assertThatThrownBy(() -> CanonicalCbor.encode(Map.of("x", 1.5))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encode_matchesHandDerivedBytes() {
        java.util.Map<String, Object> tree = new java.util.LinkedHashMap<>();
        tree.put("kind", "usage");
        tree.put("v", 1);
        tree.put("n", java.util.List.of(1L, 500L, -1L));

        String expected = ""
                + "a3"                          // map(3)
                + "616e"                        //   "n"      (1-byte keys first; 'n' < 'v')
                + "83" + "01" + "1901f4" + "20" //   [1, 500 (uint16 head), -1 (major type 1)]
                + "6176"                        //   "v"
                + "01"                          //   1
                + "646b696e64"                  //   "kind"   (4-byte key last)
                + "657573616765";               //   "usage"
        assertThat(java.util.HexFormat.of().formatHex(CanonicalCbor.encode(tree))).isEqualTo(expected);
    }

    @Test
    void encode_integerHeadsUpTo64Bits() {
        assertThat(java.util.HexFormat.of().formatHex(CanonicalCbor.encode(java.util.List.of(23L, 24L, 255L, 256L,
                65536L, 4294967296L)))).isEqualTo("86" + "17" + "1818" + "18ff" + "190100" + "1a00010000"
                + "1b0000000100000000");
    }
}
