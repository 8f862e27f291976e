package com.ooma.telo.agent.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeterministicCborTest {

    @Test
    void encode_matchesHandDerivedBytes() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("kind", "usage");
        tree.put("v", 1);
        tree.put("n", List.of(1L, 500L, -1L));

        String expected = ""
                + "a3"                       // map(3)
                + "616e"                     //   "n"      (1-byte keys first; 'n' < 'v')
                + "83" + "01" + "1901f4" + "20" //   [1, 500 (uint16 head), -1]
                + "6176"                     //   "v"
                + "01"                       //   1
                + "646b696e64"               //   "kind"   (4-byte key last)
                + "657573616765";            //   "usage"
        assertThat(HexFormat.of().formatHex(DeterministicCbor.encode(tree))).isEqualTo(expected);
    }

    @Test
    void encode_ignoresInsertionOrder() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("bb", 2L);
        a.put("a", 1L);
        a.put("ab", true);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("ab", true);
        b.put("a", 1L);
        b.put("bb", 2L);
        assertThat(DeterministicCbor.encode(a)).isEqualTo(DeterministicCbor.encode(b));
    }

    @Test
    void integers_useTheShortestHead() {
        assertThat(HexFormat.of().formatHex(DeterministicCbor.encode(List.of(23L, 24L, 255L, 256L, 65536L,
                4294967296L)))).isEqualTo("86" + "17" + "1818" + "18ff" + "190100" + "1a00010000"
                + "1b0000000100000000");
    }
}
