package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.Receipt.SeqRange;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The receipt plaintext: its one deterministic encoding (golden bytes), the way back, and how ranges are cut. */
class ReceiptTest {
    private static final String DEVICE = "5d89ce57b50aae8a2c252a0e306c956e";

    @Test
    void encode_isTheDeterministicCborOfTheCddl() {
        Receipt r = new Receipt(DEVICE, 0x9fc2e559, List.of(new SeqRange(1, 3), new SeqRange(1025, 1025)),
                Instant.ofEpochMilli(1_764_741_600_000L), Instant.ofEpochMilli(1_764_742_200_000L));
        String golden = "a6"                                             // map of 6, keys shortest first
                + "61" + "76" + "01"                                     // "v": 1
                + "63" + "6b6964" + "1a9fc2e559"                         // "kid": 0x9fc2e559 (u32)
                + "66" + "72616e676573"                                  // "ranges":
                + "82" + "820103" + "8219040119" + "0401"                // [[1, 3], [1025, 1025]]
                + "69" + "6465766963655f6964"                            // "device_id":
                + "7820" + java.util.HexFormat.of().formatHex(DEVICE.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                + "69" + "6973737565645f6174" + "1b0000019ae2cbd300"     // "issued_at": ms
                + "6a" + "657870697265735f6174" + "1b0000019ae2d4fac0";  // "expires_at": ms
        assertThat(java.util.HexFormat.of().formatHex(r.encode())).isEqualTo(golden);
        assertThat(Receipt.parse(r.encode())).isEqualTo(new Receipt.Parse.Parsed(r));
    }

    @Test
    void rangesOf_cutsAtEveryGap_soAGapInSeqIsNeverCovered() {
        TreeSet<Long> seqs = new TreeSet<>(List.of(1L, 2L, 3L, 5L, 1025L, 1026L));
        assertThat(Receipt.rangesOf(seqs)).containsExactly(new SeqRange(1, 3), new SeqRange(5, 5),
                new SeqRange(1025, 1026));
        assertThat(Receipt.rangesOf(new TreeSet<>())).isEmpty();
    }

    @Test
    void rangesOf_neverWritesARangeWiderThanTheBound() {
        TreeSet<Long> seqs = new TreeSet<>();
        for (long s = 0; s < Receipt.MAX_RANGE_SPAN + 10; s++) {
            seqs.add(s);
        }
        List<SeqRange> ranges = Receipt.rangesOf(seqs);
        assertThat(ranges).containsExactly(new SeqRange(0, Receipt.MAX_RANGE_SPAN - 1),
                new SeqRange(Receipt.MAX_RANGE_SPAN, Receipt.MAX_RANGE_SPAN + 9));
    }
}
