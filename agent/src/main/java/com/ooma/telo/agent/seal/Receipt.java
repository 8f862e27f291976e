package com.ooma.telo.agent.seal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The plaintext of a delivery receipt (envelope type 4, docs/wire-format.md "Receipts"): the collector names the seqs
 * of one device signing key ({@code kid}) that it has durably stored, as inclusive ranges. Never a high-water mark:
 * seq has gaps within a boot epoch (a will sealed at each connect, the rest of a reserved block skipped at each
 * restart), so "up to N" would either stall on a gap or cover a report that was lost.
 *
 * <pre>
 * receipt = {
 *   "v": 1,
 *   "kid": uint,                 ; the device's sender_kid the seqs belong to (u32)
 *   "ranges": [+ [uint, uint]],  ; inclusive [from, to], from &lt;= to, ascending, not overlapping
 *   "device_id": tstr,           ; 32 lowercase hex digits, the receiving device
 *   "issued_at": uint,           ; Unix ms
 *   "expires_at": uint,          ; Unix ms, after issued_at, at most MAX_LIFETIME later
 * }
 * </pre>
 * In deterministic CBOR, read strictly: one signature, one meaning.
 */
public record Receipt(String deviceIdHex, int kid, List<SeqRange> ranges, Instant issuedAt, Instant expiresAt) {
    public static final int VERSION = 1;
    /** Ranges one receipt may name: a collector that has more sends a second receipt. */
    public static final int MAX_RANGES = 256;
    /**
     * Seqs one range may span. A range names stored reports with no gap between them, and a spool holds far fewer
     * (8 MiB of ~400-byte records is ~20,000): a wider range is a bug or a forgery, never a backlog.
     */
    public static final long MAX_RANGE_SPAN = 65_536;
    /** How long a receipt may stay valid: long enough for a broker queue, short enough to bound a replay. */
    public static final java.time.Duration MAX_LIFETIME = java.time.Duration.ofDays(1);
    /** The largest plaintext read: 256 ranges of two 9-byte integers fit in well under 8 KiB. */
    public static final int MAX_PLAINTEXT_BYTES = 8_192;

    private static final Set<String> FIELDS = Set.of("v", "kid", "ranges", "device_id", "issued_at", "expires_at");
    private static final Pattern DEVICE_ID = Pattern.compile("[0-9a-f]{32}");

    /** An inclusive run of seqs, {@code from <= to}. */
    public record SeqRange(long from, long to) {
        public boolean contains(long seq) {
            return seq >= from && seq <= to;
        }
    }

    /** Why a plaintext is not a receipt to act on. */
    public enum Problem {
        /** Not deterministic CBOR, a repeated key, missing or extra fields, wrong types, wrong version. */
        MALFORMED,
        /** More than {@link #MAX_PLAINTEXT_BYTES}, more than {@link #MAX_RANGES} ranges, or a range wider than {@link #MAX_RANGE_SPAN}. */
        OVERSIZE,
        /** A range with from &gt; to, or ranges out of order or overlapping. */
        BAD_RANGES
    }

    public Receipt {
        ranges = List.copyOf(ranges);
    }

    /** Whether {@code seq} of {@code senderKid} is one this receipt says was stored. */
    public boolean covers(int senderKid, long seq) {
        if (senderKid != kid) {
            return false;
        }
        for (SeqRange r : ranges) {
            if (r.contains(seq)) {
                return true;
            }
        }
        return false;
    }

    /** The deterministic CBOR plaintext (what a collector seals). */
    public byte[] encode() {
        List<Object> rs = new ArrayList<>(ranges.size());
        ranges.forEach(r -> rs.add(List.of(r.from(), r.to())));
        Map<String, Object> m = new TreeMap<>();
        m.put("v", (long) VERSION);
        m.put("kid", Integer.toUnsignedLong(kid));
        m.put("ranges", rs);
        m.put("device_id", deviceIdHex);
        m.put("issued_at", issuedAt.toEpochMilli());
        m.put("expires_at", expiresAt.toEpochMilli());
        return CanonicalCbor.encode(m);
    }

    /**
     * Ranges over sorted, distinct seqs: each run of consecutive seqs becomes one range (what a collector names).
     */
    public static List<SeqRange> rangesOf(java.util.SortedSet<Long> seqs) {
        List<SeqRange> out = new ArrayList<>();
        long from = -1;
        long to = -1;
        for (long s : seqs) {
            if (from >= 0 && s == to + 1 && s - from < MAX_RANGE_SPAN) {
                to = s;
                continue;
            }
            if (from >= 0) {
                out.add(new SeqRange(from, to));
            }
            from = s;
            to = s;
        }
        if (from >= 0) {
            out.add(new SeqRange(from, to));
        }
        return out;
    }

    /** What {@link #parse} made of a plaintext. */
    public sealed interface Parse {
        record Parsed(Receipt receipt) implements Parse { }

        record Refused(Problem problem) implements Parse { }
    }

    /** Reads a receipt plaintext; never throws. The device id and expiry are the caller's to judge. */
    public static Parse parse(byte[] plaintext) {
        if (plaintext == null || plaintext.length > MAX_PLAINTEXT_BYTES) {
            return new Parse.Refused(Problem.OVERSIZE);
        }
        if (!(CanonicalCbor.parseStrict(plaintext) instanceof StrictCbor.Canonical c)) {
            return new Parse.Refused(Problem.MALFORMED);
        }
        JsonNode m = c.tree();
        if (!m.isObject() || m.size() != FIELDS.size() || !FIELDS.stream().allMatch(m::has)) {
            return new Parse.Refused(Problem.MALFORMED);
        }
        Optional<Long> v = uint(m.get("v"));
        Optional<Long> kid = uint(m.get("kid"));
        Optional<Long> issued = uint(m.get("issued_at"));
        Optional<Long> expires = uint(m.get("expires_at"));
        JsonNode device = m.get("device_id");
        JsonNode ranges = m.get("ranges");
        if (v.isEmpty() || v.get() != VERSION || kid.isEmpty() || kid.get() > 0xffff_ffffL || issued.isEmpty()
                || expires.isEmpty() || expires.get() <= issued.get()
                || expires.get() - issued.get() > MAX_LIFETIME.toMillis()
                || !device.isTextual() || !DEVICE_ID.matcher(device.textValue()).matches()
                || !ranges.isArray() || ranges.isEmpty()) {
            return new Parse.Refused(Problem.MALFORMED);
        }
        if (ranges.size() > MAX_RANGES) {
            return new Parse.Refused(Problem.OVERSIZE);
        }
        List<SeqRange> out = new ArrayList<>(ranges.size());
        for (JsonNode r : ranges) {
            if (!r.isArray() || r.size() != 2) {
                return new Parse.Refused(Problem.MALFORMED);
            }
            Optional<Long> from = uint(r.get(0));
            Optional<Long> to = uint(r.get(1));
            if (from.isEmpty() || to.isEmpty()) {
                return new Parse.Refused(Problem.MALFORMED);
            }
            if (from.get() > to.get() || (!out.isEmpty() && from.get() <= out.get(out.size() - 1).to())) {
                return new Parse.Refused(Problem.BAD_RANGES);
            }
            if (to.get() - from.get() >= MAX_RANGE_SPAN) {
                return new Parse.Refused(Problem.OVERSIZE);
            }
            out.add(new SeqRange(from.get(), to.get()));
        }
        return new Parse.Parsed(new Receipt(device.textValue(), (int) (long) kid.get(), out,
                Instant.ofEpochMilli(issued.get()), Instant.ofEpochMilli(expires.get())));
    }

    /** A non-negative integer that fits a signed 64-bit long (seqs and times are kept below 2^63). */
    private static Optional<Long> uint(JsonNode n) {
        return n != null && n.isIntegralNumber() && n.canConvertToLong() && n.asLong() >= 0
                ? Optional.of(n.asLong()) : Optional.empty();
    }
}
