package com.ooma.telo.agent.seal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A second, independent envelope v1 decoder written from docs/wire-format.md alone with JDK primitives only (no
 * BouncyCastle, nothing from the agent): proof that the document is enough to interoperate. Opens or throws.
 */
public final class JdkEnvelopeDecoder {
    private static final byte[] X25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b656e032100");
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final byte[] INFO = "telo-envelope-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SIG_CONTEXT = "telo-envelope-v1 sig".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEM_SUITE = concat(ascii("KEM"), new byte[] {0x00, 0x20});
    private static final byte[] HPKE_SUITE = concat(ascii("HPKE"), new byte[] {0x00, 0x20, 0x00, 0x01, 0x00, 0x03});

    private final PrivateKey recipientPrivate;
    private final byte[] recipientPublicRaw;
    private final PublicKey senderPublic;
    private final byte[] senderPublicRaw;

    public JdkEnvelopeDecoder(String recipientPrivatePem, String senderPublicPem) throws GeneralSecurityException {
        recipientPrivate = KeyFactory.getInstance("XDH")
                .generatePrivate(new PKCS8EncodedKeySpec(der(recipientPrivatePem)));
        // The JDK cannot derive a public key from a private one directly; X25519(sk, 9) is the public key.
        byte[] basePoint = new byte[32];
        basePoint[0] = 9;
        recipientPublicRaw = x25519(recipientPrivate, basePoint);
        byte[] senderSpki = der(senderPublicPem);
        if (senderSpki.length != 44 || !Arrays.equals(senderSpki, 0, 12, ED25519_SPKI_PREFIX, 0, 12)) {
            throw new GeneralSecurityException("sender key is not an Ed25519 SubjectPublicKeyInfo");
        }
        senderPublicRaw = Arrays.copyOfRange(senderSpki, 12, 44);
        senderPublic = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(senderSpki));
    }

    /** Steps 1 to 4 of the open order; the replay and freshness policy is the caller's. */
    public byte[] open(byte[] msg) throws GeneralSecurityException {
        if (msg.length < 50) {
            throw new GeneralSecurityException("shorter than a header");
        }
        ByteBuffer b = ByteBuffer.wrap(msg);
        int flags = Short.toUnsignedInt(b.getShort(4));
        long timestamp = b.getLong(38);
        long ctLen = Integer.toUnsignedLong(b.getInt(46));
        if (msg[0] != 1 || msg[1] < 1 || msg[1] > 4 || b.getShort(2) != 1 || (flags & ~3) != 0
                || ((flags & 2) != 0) != (timestamp == 0) || ctLen < 16 || ctLen > 262_144
                || msg.length != 50 + 32 + ctLen + 64) {
            throw new GeneralSecurityException("malformed header or length");
        }
        if ((flags & 1) != 0 && msg[1] != 1) {
            throw new GeneralSecurityException("only telemetry may be compressed");
        }
        if (!Arrays.equals(msg, 22, 26, kid(senderPublicRaw), 0, 4)
                || !Arrays.equals(msg, 26, 30, kid(recipientPublicRaw), 0, 4)) {
            throw new GeneralSecurityException("unknown key id");
        }
        int signedLen = 82 + (int) ctLen;
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(senderPublic);
        verifier.update(SIG_CONTEXT);
        verifier.update(msg, 0, signedLen);
        if (!verifier.verify(Arrays.copyOfRange(msg, signedLen, msg.length))) {
            throw new GeneralSecurityException("bad signature");
        }
        byte[] header = Arrays.copyOfRange(msg, 0, 50);
        byte[] enc = Arrays.copyOfRange(msg, 50, 82);
        byte[] plain = hpkeOpen(enc, header, Arrays.copyOfRange(msg, 82, signedLen));
        return (flags & 1) == 0 ? plain : inflate(plain);
    }

    /** Flags bit 0: zlib, inflated to at most 262,144 bytes (java.util.zip, independent of BundleInflater). */
    private static byte[] inflate(byte[] z) throws GeneralSecurityException {
        java.util.zip.Inflater inf = new java.util.zip.Inflater();
        inf.setInput(z);
        byte[] out = new byte[262_145];
        try {
            int n = inf.inflate(out);
            if (!inf.finished() || n > 262_144) {
                throw new GeneralSecurityException("inflates past 262,144 bytes or is cut short");
            }
            return Arrays.copyOf(out, n);
        } catch (java.util.zip.DataFormatException e) {
            throw new GeneralSecurityException("not zlib");
        } finally {
            inf.end();
        }
    }

    /** RFC 9180 SetupBaseR + Open for DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / ChaCha20-Poly1305. */
    private byte[] hpkeOpen(byte[] enc, byte[] aad, byte[] ct) throws GeneralSecurityException {
        byte[] dh = x25519(recipientPrivate, enc);
        if (Arrays.equals(dh, new byte[32])) {
            throw new GeneralSecurityException("all-zero shared secret");
        }
        byte[] eaePrk = labeledExtract(KEM_SUITE, new byte[0], "eae_prk", dh);
        byte[] sharedSecret = labeledExpand(KEM_SUITE, eaePrk, "shared_secret", concat(enc, recipientPublicRaw), 32);
        byte[] pskIdHash = labeledExtract(HPKE_SUITE, new byte[0], "psk_id_hash", new byte[0]);
        byte[] infoHash = labeledExtract(HPKE_SUITE, new byte[0], "info_hash", INFO);
        byte[] context = concat(new byte[] {0x00}, pskIdHash, infoHash);
        byte[] secret = labeledExtract(HPKE_SUITE, sharedSecret, "secret", new byte[0]);
        byte[] key = labeledExpand(HPKE_SUITE, secret, "key", context, 32);
        byte[] baseNonce = labeledExpand(HPKE_SUITE, secret, "base_nonce", context, 12);
        Cipher aead = Cipher.getInstance("ChaCha20-Poly1305");
        aead.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(baseNonce));
        aead.updateAAD(aad);
        return aead.doFinal(ct);
    }

    private static byte[] x25519(PrivateKey sk, byte[] uCoordinate) throws GeneralSecurityException {
        PublicKey pk = KeyFactory.getInstance("XDH")
                .generatePublic(new X509EncodedKeySpec(concat(X25519_SPKI_PREFIX, uCoordinate)));
        KeyAgreement ka = KeyAgreement.getInstance("XDH");
        ka.init(sk);
        ka.doPhase(pk, true);
        return ka.generateSecret();
    }

    private static byte[] labeledExtract(byte[] suite, byte[] salt, String label, byte[] ikm)
            throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        // HKDF: an empty salt means HashLen zero bytes (RFC 5869 §2.2); SecretKeySpec refuses an empty key anyway.
        mac.init(new SecretKeySpec(salt.length == 0 ? new byte[32] : salt, "HmacSHA256"));
        return mac.doFinal(concat(ascii("HPKE-v1"), suite, ascii(label), ikm));
    }

    private static byte[] labeledExpand(byte[] suite, byte[] prk, String label, byte[] info, int length)
            throws GeneralSecurityException {
        byte[] labeledInfo = concat(new byte[] {0, (byte) length}, ascii("HPKE-v1"), suite, ascii(label), info);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        // Every length used here is at most one SHA-256 block, so HKDF-Expand is T(1) truncated.
        return Arrays.copyOf(mac.doFinal(concat(labeledInfo, new byte[] {1})), length);
    }

    private static byte[] kid(byte[] rawPublicKey) throws GeneralSecurityException {
        return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(rawPublicKey), 4);
    }

    private static byte[] der(String pem) {
        return Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer out = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] p : parts) {
            out.put(p);
        }
        return out.array();
    }
}
