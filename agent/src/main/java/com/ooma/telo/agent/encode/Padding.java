package com.ooma.telo.agent.encode;

import com.ooma.telo.agent.seal.CanonicalCbor;

import java.util.Map;

/**
 * Grows a usage report's {@code pad} byte string until the encoding is exactly {@link #USAGE_BYTES} long, so its
 * size says nothing about the day. 7,680 bytes hold about a hundred distinct call kinds (direction × disposition ×
 * destination) beside every other usage metric at its fullest: far beyond a household's day. A report that would not
 * fit (a call-centre day, or local DP noise on every cell) is padded to the next multiple instead, which reveals only
 * that. 7,680 bytes plus the envelope's 162 stay under the 8,092-byte default message limit of Moquette.
 * The pad is always 256..65,535 bytes long, so its CBOR head is always 3 bytes and every size is reachable.
 */
final class Padding {
    static final int USAGE_BYTES = 7_680;
    private static final int MIN_PAD_BYTES = 256;
    private static final int PAD_HEAD_GROWTH = 2; // an empty byte string has a 1-byte head; 256..65,535 a 3-byte one

    private Padding() {
    }

    /** @param report a report whose {@code pad} is currently an empty byte string */
    static byte[] pad(Map<String, Object> report) {
        int base = CanonicalCbor.encode(report).length;
        int classes = (base + PAD_HEAD_GROWTH + MIN_PAD_BYTES + USAGE_BYTES - 1) / USAGE_BYTES;
        int target = classes * USAGE_BYTES;
        report.put(ReportEncoder.PAD, new byte[target - base - PAD_HEAD_GROWTH]);
        byte[] out = CanonicalCbor.encode(report);
        if (out.length != target) {
            throw new IllegalStateException("padding missed the fixed size: " + out.length + " != " + target);
        }
        return out;
    }
}
