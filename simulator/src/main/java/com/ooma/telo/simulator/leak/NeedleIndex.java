package com.ooma.telo.simulator.leak;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds many spellings in one pass over a byte array, ignoring ASCII letter case: spellings are keyed by their first
 * {@link Spellings#MIN_LENGTH} bytes, so a multi-megabyte spool costs one hash lookup per byte, not one per spelling.
 */
final class NeedleIndex {
    private static final int KEY_BYTES = Spellings.MIN_LENGTH;
    private static final long KEY_MASK = (1L << (8 * KEY_BYTES)) - 1;

    private record Needle(byte[] bytes, int item) {}

    private final Map<Long, List<Needle>> byPrefix = new HashMap<>();

    /** {@code spellingsByItem.get(i)} are the spellings of item {@code i}. */
    NeedleIndex(List<Set<String>> spellingsByItem) {
        for (int item = 0; item < spellingsByItem.size(); item++) {
            Set<String> lowered = new LinkedHashSet<>();
            for (String s : spellingsByItem.get(item)) {
                lowered.add(s.toLowerCase(Locale.ROOT));
            }
            for (String s : lowered) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                byPrefix.computeIfAbsent(key(b, 0), k -> new ArrayList<>()).add(new Needle(b, item));
            }
        }
    }

    /** The distinct items with at least one spelling somewhere in {@code haystack}, in order of first appearance. */
    Set<Integer> itemsIn(byte[] haystack) {
        byte[] h = lowerAscii(haystack);
        Set<Integer> found = new LinkedHashSet<>();
        long key = 0;
        for (int i = 0; i < h.length; i++) {
            key = ((key << 8) | (h[i] & 0xFF)) & KEY_MASK;
            int start = i - KEY_BYTES + 1;
            if (start < 0) {
                continue;
            }
            List<Needle> candidates = byPrefix.get(key);
            if (candidates != null) {
                for (Needle n : candidates) {
                    if (!found.contains(n.item()) && matchesAt(h, start, n.bytes())) {
                        found.add(n.item());
                    }
                }
            }
        }
        return found;
    }

    /**
     * A spelling that starts (ends) with a digit must not continue a longer digit string: {@code 5550100} is not in
     * {@code 1764165550100} (a timestamp), and {@code +16505550111} is found by its own spelling, not by
     * {@code 6505550111} inside it.
     */
    private static boolean matchesAt(byte[] h, int start, byte[] needle) {
        int end = start + needle.length;
        if (end > h.length || !Arrays.equals(h, start, end, needle, 0, needle.length)) {
            return false;
        }
        boolean digitBefore = start > 0 && isDigit(h[start - 1]) && isDigit(needle[0]);
        boolean digitAfter = end < h.length && isDigit(h[end]) && isDigit(needle[needle.length - 1]);
        return !digitBefore && !digitAfter;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static long key(byte[] b, int from) {
        long k = 0;
        for (int i = from; i < from + KEY_BYTES; i++) {
            k = (k << 8) | (b[i] & 0xFF);
        }
        return k;
    }

    private static byte[] lowerAscii(byte[] in) {
        byte[] out = in.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 'A' && out[i] <= 'Z') {
                out[i] = (byte) (out[i] + ('a' - 'A'));
            }
        }
        return out;
    }
}
