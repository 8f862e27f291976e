package com.ooma.telo.simulator.leak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds skeletons ({@link Skeletons}) in a byte array whatever separates their characters: the haystack is
 * URL-decoded ({@code %XX}) and reduced to its ASCII letters and digits (lower case), remembering how many other bytes
 * stood before each one. A skeleton matches where its characters are consecutive in that reduction, at most
 * {@link #MAX_GAP} other bytes sit between any two of them, and it is not part of a longer word or number (a
 * separator, or the start or end of the data, on both sides): {@code 6505550111} is not found inside
 * {@code 16505550111}, which is found through its own E.164 skeleton.
 */
final class SkeletonIndex {
    static final int MAX_GAP = 2;
    private static final int KEY_CHARS = 7;
    private static final long KEY_MASK = (1L << (8 * KEY_CHARS)) - 1;

    private record Needle(byte[] chars, int item) {}

    private final Map<Long, List<Needle>> byPrefix = new HashMap<>();

    /** {@code skeletonsByItem.get(i)} are the skeletons of item {@code i} (each at least 7 characters). */
    SkeletonIndex(List<Set<String>> skeletonsByItem) {
        for (int item = 0; item < skeletonsByItem.size(); item++) {
            for (String s : skeletonsByItem.get(item)) {
                byte[] b = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                byPrefix.computeIfAbsent(key(b, 0), k -> new ArrayList<>()).add(new Needle(b, item));
            }
        }
    }

    Set<Integer> itemsIn(byte[] haystack) {
        Reduced r = Reduced.of(haystack);
        Set<Integer> found = new LinkedHashSet<>();
        if (byPrefix.isEmpty()) {
            return found;
        }
        long key = 0;
        for (int i = 0; i < r.length; i++) {
            key = ((key << 8) | (r.chars[i] & 0xFF)) & KEY_MASK;
            int start = i - KEY_CHARS + 1;
            if (start < 0) {
                continue;
            }
            List<Needle> candidates = byPrefix.get(key);
            if (candidates != null) {
                for (Needle n : candidates) {
                    if (!found.contains(n.item()) && r.matchesAt(start, n.chars())) {
                        found.add(n.item());
                    }
                }
            }
        }
        return found;
    }

    private static long key(byte[] b, int from) {
        long k = 0;
        for (int i = from; i < from + KEY_CHARS; i++) {
            k = (k << 8) | (b[i] & 0xFF);
        }
        return k;
    }

    /** The haystack's letters and digits, and how many other (decoded) bytes preceded each one. */
    private static final class Reduced {
        final byte[] chars;
        final int[] gapBefore;
        final int length;

        private Reduced(byte[] chars, int[] gapBefore, int length) {
            this.chars = chars;
            this.gapBefore = gapBefore;
            this.length = length;
        }

        static Reduced of(byte[] h) {
            byte[] chars = new byte[h.length];
            int[] gaps = new int[h.length];
            int n = 0;
            int gap = 0;
            for (int i = 0; i < h.length; i++) {
                int c = h[i] & 0xFF;
                if (c == '%' && i + 2 < h.length && hex(h[i + 1]) >= 0 && hex(h[i + 2]) >= 0) {
                    c = hex(h[i + 1]) * 16 + hex(h[i + 2]);
                    i += 2;
                }
                if (Skeletons.isAlnum(c)) {
                    chars[n] = (byte) Character.toLowerCase(c);
                    gaps[n] = n == 0 ? Integer.MAX_VALUE : gap;
                    n++;
                    gap = 0;
                } else {
                    gap++;
                }
            }
            return new Reduced(chars, gaps, n);
        }

        boolean matchesAt(int start, byte[] needle) {
            int end = start + needle.length;
            if (end > length || gapBefore[start] == 0 || (end < length && gapBefore[end] == 0)) {
                return false;
            }
            for (int i = 0; i < needle.length; i++) {
                if (chars[start + i] != needle[i] || (i > 0 && gapBefore[start + i] > MAX_GAP)) {
                    return false;
                }
            }
            return true;
        }

        private static int hex(byte b) {
            return Character.digit(b, 16);
        }
    }
}
