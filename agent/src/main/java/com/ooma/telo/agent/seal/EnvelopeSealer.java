package com.ooma.telo.agent.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Seals plaintexts into envelope v1: one-shot HPKE to the recipient's X25519 key with the header as AAD, then an
 * Ed25519 signature by the sender. Thread-safe: BouncyCastle's HPKE objects are stateful, so sealing is serialised
 * (a seal costs well under a millisecond, and reports are few).
 */
public final class EnvelopeSealer {
    private static final Pattern DEVICE_ID_FORMAT = Pattern.compile("[0-9a-f]{32}");

    private final String deviceIdHex;
    private final Ed25519PrivateKeyParameters signingKey;
    private final int senderKid;
    private final AsymmetricKeyParameter recipientKey;
    private final int recipientKid;
    private final SequenceCounter sequence;
    private final Clock clock;
    private final HPKE hpke = newHpke();

    private EnvelopeSealer(String deviceIdHex, byte[] signingPrivate, byte[] signingPublic, byte[] recipientPublic,
                           SequenceCounter sequence, Clock clock) {
        this.deviceIdHex = deviceIdHex;
        this.signingKey = new Ed25519PrivateKeyParameters(signingPrivate, 0);
        this.senderKid = KeyId.kid(signingPublic);
        this.recipientKey = hpke.deserializePublicKey(recipientPublic);
        this.recipientKid = KeyId.kid(recipientPublic);
        this.sequence = sequence;
        this.clock = clock;
    }

    /**
     * Loads the sender's Ed25519 private key (mode 0600 required) and the recipient's X25519 public key, and opens
     * the seq counter for that signing key in {@code stateDir}, reserving its first block on disk.
     */
    public static EnvelopeSealer load(String deviceIdHex, Path senderSigningPrivatePem, Path recipientKemPublicPem,
                                      Path stateDir, Clock clock) throws KeyLoadException, IOException {
        if (deviceIdHex == null || !DEVICE_ID_FORMAT.matcher(deviceIdHex).matches()) {
            throw new IllegalArgumentException(
                    "device id must be 32 lowercase hex digits, got \"" + deviceIdHex + "\"");
        }
        PemKeys.LoadedKey signing = PemKeys.readPrivate(senderSigningPrivatePem, KeyAlgorithm.ED25519);
        PemKeys.LoadedKey recipient = PemKeys.readPublic(recipientKemPublicPem, KeyAlgorithm.X25519);
        SequenceCounter sequence = SequenceCounter.open(stateDir, KeyId.kid(signing.rawPublic()));
        EnvelopeSealer sealer = new EnvelopeSealer(deviceIdHex, signing.rawPrivate(), signing.rawPublic(),
                recipient.rawPublic(), sequence, clock);
        Arrays.fill(signing.rawPrivate(), (byte) 0);
        return sealer;
    }

    /**
     * Seals one message. Throws {@link IllegalArgumentException} for a plaintext over 262,128 bytes and
     * {@link UncheckedIOException} when the next seq block cannot be reserved on disk (nothing is sealed then).
     */
    public byte[] seal(MessageType type, byte[] plaintext) {
        if (plaintext.length > WireFormat.MAX_PLAINTEXT_BYTES) {
            throw new IllegalArgumentException("plaintext of " + plaintext.length + " bytes exceeds the "
                    + WireFormat.MAX_PLAINTEXT_BYTES + "-byte limit of envelope v1");
        }
        synchronized (this) {
            long seq;
            try {
                seq = sequence.next();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot reserve envelope sequence numbers", e);
            }
            EnvelopeHeader header = new EnvelopeHeader(WireFormat.VERSION_1, type,
                    WireFormat.SUITE_X25519_CHACHA20_ED25519, 0, deviceIdHex, senderKid, recipientKid, seq,
                    clock.millis(), plaintext.length + WireFormat.AEAD_TAG_BYTES);
            byte[] h = WireFormat.encodeHeader(header);
            HPKEContextWithEncapsulation ctx = hpke.setupBaseS(recipientKey, WireFormat.HPKE_INFO);
            byte[] ct;
            try {
                ct = ctx.seal(h, plaintext);
            } catch (InvalidCipherTextException e) {
                throw new IllegalStateException("ChaCha20-Poly1305 refused to encrypt", e);
            }
            int signedLen = h.length + WireFormat.ENC_BYTES + ct.length;
            ByteBuffer out = ByteBuffer.allocate(signedLen + WireFormat.SIG_BYTES)
                    .put(h).put(ctx.getEncapsulation()).put(ct);
            byte[] toSign = WireFormat.signedBytes(out.array(), signedLen);
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, signingKey);
            signer.update(toSign, 0, toSign.length);
            return out.put(signer.generateSignature()).array();
        }
    }

    static HPKE newHpke() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_CHACHA20_POLY1305);
    }
}
