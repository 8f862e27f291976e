package com.ooma.telo.agent.seal;

import com.ooma.telo.agent.seal.OpenResult.Opened;
import com.ooma.telo.agent.seal.OpenResult.Rejected;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The receiving side of envelope v1 (backend, collector, `decode`): checks, in the documented order, length and
 * header, key lookup by (device id, kid) in a {@link KeyRing}, signature, HPKE open, inflate (flags bit 0, diagnostics
 * bundles only, {@link BundleInflater}), replay window and freshness. It
 * depends on nothing else in the agent, so a collector can reuse it. Thread-safe: signatures are checked in parallel,
 * the HPKE open and the replay window (both stateful) are serialised.
 */
public final class EnvelopeOpener {
    /** The largest well-formed envelope: header, enc, a 262,144-byte ct and the signature. */
    public static final int MAX_MESSAGE_BYTES = WireFormat.MAX_SEALED_BYTES;
    static final Duration MAX_FUTURE_SKEW = Duration.ofMinutes(10);

    private final KeyRing keys;
    private final Clock clock;
    private final HPKE hpke = EnvelopeSealer.newHpke();
    private final ReplayWindow replay = new ReplayWindow();
    private final boolean refuseFuture;

    private EnvelopeOpener(KeyRing keys, Clock clock, boolean refuseFuture) {
        this.keys = keys;
        this.clock = clock;
        this.refuseFuture = refuseFuture;
    }

    private EnvelopeOpener(KeyRing keys, Clock clock) {
        this(keys, clock, true);
    }

    /** An opener using whatever {@code keys} holds at each call (keys may be added or retired meanwhile). */
    public static EnvelopeOpener create(KeyRing keys, Clock clock) {
        return new EnvelopeOpener(keys, clock);
    }

    /**
     * As {@link #create}, without the 10-minute future-stamp rule: for receipts, whose freshness is their
     * {@code expires_at} alone. A receipt stamped ahead of the device's clock says the device's clock is behind
     * (it is the backend's signed time), not that the receipt is bad; refusing it would leave the spool full for as
     * long as the clock stays wrong.
     */
    public static EnvelopeOpener forReceipts(KeyRing keys, Clock clock) {
        return new EnvelopeOpener(keys, clock, false);
    }

    /**
     * Loads the recipient's X25519 private key (mode 0600 required) and the sender's Ed25519 public key, both bound
     * to {@link KeyRing#ANY_DEVICE}: the caller vouches that the sender key belongs to the device it is used for.
     */
    public static EnvelopeOpener load(Path recipientKemPrivatePem, Path senderSigningPublicPem)
            throws KeyLoadException {
        return load(recipientKemPrivatePem, senderSigningPublicPem, Clock.systemUTC());
    }

    /** As {@link #load(Path, Path)}, judging freshness and key retirement by {@code clock}. */
    public static EnvelopeOpener load(Path recipientKemPrivatePem, Path senderSigningPublicPem, Clock clock)
            throws KeyLoadException {
        KeyRing ring = new KeyRing();
        ring.addRecipient(KeyRing.ANY_DEVICE, recipientKemPrivatePem);
        ring.addSender(KeyRing.ANY_DEVICE, senderSigningPublicPem);
        return new EnvelopeOpener(ring, clock);
    }

    /**
     * Replaces the in-memory replay window with the one saved in {@code file} (see {@link #saveReplayState}); a
     * missing file means a fresh window. Throws on a file in any other format: guessing would re-admit replays.
     */
    public synchronized void restoreReplayState(Path file) throws IOException {
        replay.restore(file);
    }

    /** Writes the replay window to {@code file} atomically (temp file, fsync, rename). */
    public synchronized void saveReplayState(Path file) throws IOException {
        replay.save(file);
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
        Instant now = clock.instant();
        Optional<Ed25519PublicKeyParameters> senderKey = keys.sender(header.deviceIdHex(), header.senderKid(), now);
        Optional<AsymmetricCipherKeyPair> recipientKey =
                keys.recipient(header.deviceIdHex(), header.recipientKid(), now);
        if (senderKey.isEmpty() || recipientKey.isEmpty()) {
            return new Rejected(RejectReason.UNKNOWN_KEY);
        }
        int signedLen = WireFormat.HEADER_BYTES + WireFormat.ENC_BYTES + header.ctLen();
        if (!signatureValid(sealed, signedLen, senderKey.get())) {
            return new Rejected(RejectReason.SIGNATURE);
        }
        synchronized (this) {
            byte[] plaintext = decrypt(sealed, header, recipientKey.get());
            if (plaintext == null) {
                return new Rejected(RejectReason.DECRYPT);
            }
            if (header.compressed()) {
                plaintext = BundleInflater.inflate(plaintext);
                if (plaintext == null) {
                    return new Rejected(RejectReason.INFLATE);
                }
            }
            if (!replay.accept(header.deviceIdHex(), header.senderKid(), header.seq())) {
                return new Rejected(RejectReason.REPLAY);
            }
            if (refuseFuture && !header.clockUnsynced()
                    && header.timestampMs() > now.toEpochMilli() + MAX_FUTURE_SKEW.toMillis()) {
                return new Rejected(RejectReason.FRESHNESS);
            }
            return new Opened(header, plaintext);
        }
    }

    private static boolean signatureValid(byte[] sealed, int signedLen, Ed25519PublicKeyParameters senderKey) {
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
    private byte[] decrypt(byte[] sealed, EnvelopeHeader header, AsymmetricCipherKeyPair recipientKeys) {
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
