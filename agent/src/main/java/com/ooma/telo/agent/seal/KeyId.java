package com.ooma.telo.agent.seal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Key ids and fingerprints: SHA-256 over the raw 32-byte public key; the kid is its first 4 bytes. */
final class KeyId {
    private KeyId() { }

    static byte[] fingerprint(byte[] rawPublicKey) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(rawPublicKey);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static int kid(byte[] rawPublicKey) {
        byte[] f = fingerprint(rawPublicKey);
        return ((f[0] & 0xff) << 24) | ((f[1] & 0xff) << 16) | ((f[2] & 0xff) << 8) | (f[3] & 0xff);
    }

    /** A kid as the 8 lowercase hex digits operators see in `keys show`, enrolment.json and `decode --explain`. */
    static String hex(int kid) {
        return HexFormat.of().toHexDigits(kid);
    }
}
