package com.ooma.telo.agent.seal;

import com.ooma.telo.agent.seal.OpenResult.Opened;
import com.ooma.telo.agent.seal.OpenResult.Rejected;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The receiving side of envelope v1 (backend, collector, `decode`): checks, in the documented order, length and
 * header, key ids, signature, HPKE open, replay window and freshness. It depends on nothing else in the agent, so a
 * collector can reuse it. Thread-safe; calls are serialised because HPKE and the replay window are stateful.
 */
public final class EnvelopeOpener {
    /** The largest well-formed envelope: header, enc, a 262,144-byte ct and the signature. */
    public static final int MAX_MESSAGE_BYTES = WireFormat.MAX_SEALED_BYTES;
    static final Duration MAX_FUTURE_SKEW = Duration.ofMinutes(10);

    private final AsymmetricCipherKeyPair recipientKeys;
    private final int recipientKid;
    private final Ed25519PublicKeyParameters senderKey;
    private final int senderKid;
    private final Clock clock;
    private final HPKE hpke = EnvelopeSealer.newHpke();
    private final ReplayWindow replay = new ReplayWindow();

    private EnvelopeOpener(byte[] recipientPrivate, byte[] recipientPublic, byte[] senderPublic, Clock clock) {
        this.recipientKeys = hpke.deserializePrivateKey(recipientPrivate, recipientPublic);
        this.recipientKid = KeyId.kid(recipientPublic);
        this.senderKey = new Ed25519PublicKeyParameters(senderPublic, 0);
        this.senderKid = KeyId.kid(senderPublic);
        this.clock = clock;
    }

    /** Loads the recipient's X25519 private key (mode 0600 required) and the sender's Ed25519 public key. */
    public static EnvelopeOpener load(Path recipientKemPrivatePem, Path senderSigningPublicPem)
            throws KeyLoadException {
        return load(recipientKemPrivatePem, senderSigningPublicPem, Clock.systemUTC());
    }

    /** As {@link #load(Path, Path)}, judging freshness by {@code clock}. */
    public static EnvelopeOpener load(Path recipientKemPrivatePem, Path senderSigningPublicPem, Clock clock)
            throws KeyLoadException {
        PemKeys.LoadedKey recipient = PemKeys.readPrivate(recipientKemPrivatePem, KeyAlgorithm.X25519);
        PemKeys.LoadedKey sender = PemKeys.readPublic(senderSigningPublicPem, KeyAlgorithm.ED25519);
        EnvelopeOpener opener = new EnvelopeOpener(recipient.rawPrivate(), recipient.rawPublic(),
                sender.rawPublic(), clock);
        Arrays.fill(recipient.rawPrivate(), (byte) 0);
        return opener;
    }

    /** Opens one sealed message; never throws on bad input, every failure is a {@link Rejected}. */
    public OpenResult open(byte[] sealed) {
        if (sealed == null) {
            return new Rejected(RejectReason.LENGTH);
        }
        Optional<RejectReason> malformed = WireFormat.check(sealed);
        if (malformed.isPresent()) {
            return new Rejected(malformed.get());
        }
        EnvelopeHeader header = WireFormat.decodeHeader(sealed);
        if (header.senderKid() != senderKid || header.recipientKid() != recipientKid) {
            return new Rejected(RejectReason.UNKNOWN_KEY);
        }
        int signedLen = WireFormat.HEADER_BYTES + WireFormat.ENC_BYTES + header.ctLen();
        if (!signatureValid(sealed, signedLen)) {
            return new Rejected(RejectReason.SIGNATURE);
        }
        synchronized (this) {
            byte[] plaintext = decrypt(sealed, header);
            if (plaintext == null) {
                return new Rejected(RejectReason.DECRYPT);
            }
            if (!replay.accept(header.deviceIdHex(), header.senderKid(), header.seq())) {
                return new Rejected(RejectReason.REPLAY);
            }
            if (!header.clockUnsynced()
                    && header.timestampMs() > clock.millis() + MAX_FUTURE_SKEW.toMillis()) {
                return new Rejected(RejectReason.FRESHNESS);
            }
            return new Opened(header, plaintext);
        }
    }

    private boolean signatureValid(byte[] sealed, int signedLen) {
        byte[] toSign = WireFormat.signedBytes(sealed, signedLen);
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, senderKey);
        verifier.update(toSign, 0, toSign.length);
        try {
            return verifier.verifySignature(Arrays.copyOfRange(sealed, signedLen, signedLen + WireFormat.SIG_BYTES));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    /** The HPKE plaintext, or null when the recipient key does not fit or the AEAD tag is wrong. */
    private byte[] decrypt(byte[] sealed, EnvelopeHeader header) {
        ByteBuffer b = ByteBuffer.wrap(sealed);
        byte[] h = new byte[WireFormat.HEADER_BYTES];
        byte[] enc = new byte[WireFormat.ENC_BYTES];
        byte[] ct = new byte[header.ctLen()];
        b.get(h).get(enc).get(ct);
        try {
            return hpke.setupBaseR(enc, recipientKeys, WireFormat.HPKE_INFO).open(h, ct);
        } catch (InvalidCipherTextException | IllegalArgumentException | IllegalStateException e) {
            // BouncyCastle reports an all-zero X25519 result (a small-order enc) as IllegalStateException.
            return null;
        }
    }
}
