package com.ooma.telo.agent.redact;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Answers "first call from this number today?" without keeping the number: HMAC-SHA256 over its E.164 form with a
 * key drawn at random, held in memory only and replaced at each local midnight (and on {@link #forget()}). On flash
 * the key would let anyone holding the hub try all 10^10 numbers, so it is never written anywhere, checkpoints
 * included. Only counts derived from the answers leave the device.
 */
final class CallerPseudonyms {
    /** Beyond this many distinct numbers a day every further number counts as new (bounded memory). */
    static final int MAX_PER_DAY = 10_000;
    private static final String HMAC = "HmacSHA256";

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final ZoneId zone;
    private final Set<ByteBuffer> seen = new HashSet<>();
    private LocalDate keyDay;
    private Mac mac;

    CallerPseudonyms(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** True when no call from {@code e164} was seen since the key last rotated. */
    boolean firstToday(String e164) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (!today.equals(keyDay)) {
            rotate(today);
        }
        if (seen.size() >= MAX_PER_DAY) {
            return true;
        }
        byte[] tag = mac.doFinal(e164.getBytes(StandardCharsets.US_ASCII));
        return seen.add(ByteBuffer.wrap(tag, 0, 16).slice());
    }

    /** Drops the key and every pseudonym (consent withdrawn). */
    void forget() {
        keyDay = null;
        mac = null;
        seen.clear();
    }

    private void rotate(LocalDate day) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        try {
            Mac m = Mac.getInstance(HMAC);
            m.init(new SecretKeySpec(key, HMAC));
            mac = m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
        Arrays.fill(key, (byte) 0);
        seen.clear();
        keyDay = day;
    }
}
