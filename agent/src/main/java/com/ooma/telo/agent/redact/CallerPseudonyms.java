package com.ooma.telo.agent.redact;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Answers "first call from this number today?" without keeping the number: HMAC-SHA256 over its E.164 form with a
 * key drawn at random, held in memory only and replaced at each local midnight (and on {@link #forget()}). On flash
 * the key would let anyone holding the hub try all 10^10 numbers, so it is never written anywhere, checkpoints
 * included. Only counts derived from the answers leave the device.
 *
 * <p>The HMAC is BouncyCastle's, which keeps the key's inner and outer digest states: a number costs two SHA-256
 * blocks instead of the JDK Mac's four, half the worker's time per call event under the hub's C1-only JIT
 * (docs/performance.md, "Intake"). Same function, same tags.
 */
final class CallerPseudonyms {
    /** Beyond this many distinct numbers a day every further number counts as new (bounded memory). */
    static final int MAX_PER_DAY = 10_000;

    private SecureRandom random; // made at the first key: not at start
    private final Clock clock;
    private final ZoneId zone;
    private final Set<ByteBuffer> seen = new HashSet<>();
    private final byte[] tag = new byte[32];
    private LocalDate keyDay;
    // The key day as [start, end) in epoch millis: most calls need only a comparison to know the day is the same.
    private long dayStartMs;
    private long dayEndMs;
    private HMac mac;

    CallerPseudonyms(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** True when no call from {@code e164} was seen since the key last rotated. */
    boolean firstToday(String e164) {
        long now = clock.millis();
        if (keyDay == null || now < dayStartMs || now >= dayEndMs) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            if (!today.equals(keyDay)) {
                rotate(today);
            }
        }
        if (seen.size() >= MAX_PER_DAY) {
            return true;
        }
        byte[] number = e164.getBytes(StandardCharsets.US_ASCII);
        mac.update(number, 0, number.length);
        mac.doFinal(tag, 0);
        return seen.add(ByteBuffer.wrap(Arrays.copyOf(tag, 16)));
    }

    /** Drops the key and every pseudonym (consent withdrawn). */
    void forget() {
        keyDay = null;
        if (mac != null) {
            mac.reset();
        }
        mac = null;
        seen.clear();
    }

    private void rotate(LocalDate day) {
        byte[] key = new byte[32];
        if (random == null) {
            random = new SecureRandom();
        }
        random.nextBytes(key);
        HMac m = new HMac(new SHA256Digest());
        m.init(new KeyParameter(key));
        mac = m;
        Arrays.fill(key, (byte) 0);
        seen.clear();
        keyDay = day;
        dayStartMs = day.atStartOfDay(zone).toInstant().toEpochMilli();
        dayEndMs = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
