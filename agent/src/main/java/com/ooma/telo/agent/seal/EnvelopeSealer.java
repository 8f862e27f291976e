package com.ooma.telo.agent.seal;

import com.ooma.telo.agent.clock.ClockWatch;
import com.ooma.telo.agent.state.DamagedStateException;
import com.ooma.telo.agent.state.DurableFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.tinylog.Logger;

/**
 * Seals plaintexts into envelope v1: one-shot HPKE to the recipient's X25519 key with the header as AAD, then an
 * Ed25519 signature by the sender. The signing key can be rotated in place ({@link #rotateSigningKey}) and the
 * recipient can follow a vendor-signed {@link TrustStore}. Thread-safe: BouncyCastle's HPKE objects are stateful, so
 * sealing is serialised (a seal costs well under a millisecond, and reports are few).
 */
public final class EnvelopeSealer {
    private static final Pattern DEVICE_ID_FORMAT = Pattern.compile("[0-9a-f]{32}");

    /** The signing key in use, with its kid and its own seq counter (one counter per sender key). */
    private record Signer(Ed25519PrivateKeyParameters key, byte[] rawPublic, int kid, SequenceCounter sequence) { }

    /** What {@link #rotateSigningKey} did: the announcement to publish on {@code state}, also kept on disk. */
    public record KeyRotation(String newKidHex, byte[] sealedAnnouncement, Path announcementFile) { }

    private final String deviceIdHex;
    private final Path signingKeyFile;
    private final Path stateDir;
    private final byte[] configuredRecipient;
    private final Clock clock;
    private final HPKE hpke = newHpke();
    private Signer signer;
    private TrustStore trust;
    private boolean recoveredSeqState;
    private ClockWatch clockWatch;

    private EnvelopeSealer(String deviceIdHex, Path signingKeyFile, Path stateDir, Signer signer,
                           byte[] recipientPublic, Clock clock) {
        this.deviceIdHex = deviceIdHex;
        this.signingKeyFile = signingKeyFile;
        this.stateDir = stateDir;
        this.signer = signer;
        this.configuredRecipient = recipientPublic;
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
        return load(deviceIdHex, senderSigningPrivatePem,
                PemKeys.readPublic(recipientKemPublicPem, KeyAlgorithm.X25519).rawPublic(), stateDir, clock);
    }

    /**
     * As {@link #load(String, Path, Path, Path, Clock)} for a recipient key held raw (32 bytes of X25519 public key):
     * a collector sealing receipts to each enrolled device's key from its registry.
     */
    public static EnvelopeSealer load(String deviceIdHex, Path senderSigningPrivatePem, byte[] recipientRawPublic,
                                      Path stateDir, Clock clock) throws KeyLoadException, IOException {
        if (deviceIdHex == null || !DEVICE_ID_FORMAT.matcher(deviceIdHex).matches()) {
            throw new IllegalArgumentException(
                    "device id must be 32 lowercase hex digits, got \"" + deviceIdHex + "\"");
        }
        if (recipientRawPublic == null || recipientRawPublic.length != 32) {
            throw new IllegalArgumentException("an X25519 public key is 32 bytes");
        }
        PemKeys.LoadedKey signing = PemKeys.readPrivate(senderSigningPrivatePem, KeyAlgorithm.ED25519);
        try {
            Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(signing.rawPrivate(), 0);
            Signer signer;
            try {
                signer = signer(key, stateDir);
            } catch (DamagedStateException e) {
                signer = retiredSigner(key, stateDir);
            }
            EnvelopeSealer sealer = new EnvelopeSealer(deviceIdHex, senderSigningPrivatePem, stateDir, signer,
                    recipientRawPublic.clone(), clock);
            if (signer.sequence().isRetired()) {
                sealer.replaceRetiredKey();
            }
            return sealer;
        } finally {
            Arrays.fill(signing.rawPrivate(), (byte) 0);
        }
    }

    /**
     * From now on stamp envelopes only while {@code watch} trusts the wall clock; otherwise flags bit 1 and
     * timestamp 0 (docs/wire-format.md), so a backend's freshness rule never refuses a report for the hub's clock.
     */
    public synchronized void watchClock(ClockWatch watch) {
        this.clockWatch = watch;
    }

    /**
     * From now on seal to the key the installed trust bundle names for the current time (its {@code current} key
     * before {@code not_before}, then {@code next}); until a bundle is installed, to the configured key.
     */
    public synchronized void followTrustStore(TrustStore store) {
        this.trust = store;
    }

    /**
     * Seals one message. Throws {@link IllegalArgumentException} for a plaintext over 262,128 bytes and
     * {@link UncheckedIOException} when the next seq block cannot be reserved on disk (nothing is sealed then).
     */
    public synchronized byte[] seal(MessageType type, byte[] plaintext) {
        return seal(type, plaintext, 0);
    }

    /**
     * Seals a diagnostics bundle: {@code bundle} (at most 262,144 bytes) is zlib-compressed and sealed as telemetry
     * with flags bit 0 set (wire-format.md, "Diagnostics bundle").
     */
    public synchronized byte[] sealDiagBundle(byte[] bundle) {
        if (bundle.length > WireFormat.MAX_INFLATED_BYTES) {
            throw new IllegalArgumentException("bundle of " + bundle.length + " bytes exceeds the "
                    + WireFormat.MAX_INFLATED_BYTES + "-byte inflated bound");
        }
        return seal(MessageType.TELEMETRY, BundleInflater.deflate(bundle), WireFormat.FLAG_COMPRESSED);
    }

    /** Package-private for test vectors that must seal what the agent never would (an oversize bundle). */
    byte[] seal(MessageType type, byte[] plaintext, int flags) {
        if (plaintext.length > WireFormat.MAX_PLAINTEXT_BYTES) {
            throw new IllegalArgumentException("plaintext of " + plaintext.length + " bytes exceeds the "
                    + WireFormat.MAX_PLAINTEXT_BYTES + "-byte limit of envelope v1");
        }
        long seq;
        try {
            seq = signer.sequence().next();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reserve envelope sequence numbers", e);
        }
        Instant now = clock.instant();
        boolean unsynced = clockWatch != null && !clockWatch.synced();
        byte[] recipient = trust == null ? configuredRecipient
                : trust.installed().map(b -> b.recipientAt(now)).orElse(configuredRecipient);
        EnvelopeHeader header = new EnvelopeHeader(WireFormat.VERSION_1, type,
                WireFormat.SUITE_X25519_CHACHA20_ED25519, unsynced ? flags | WireFormat.FLAG_CLOCK_UNSYNCED : flags,
                deviceIdHex, signer.kid(), KeyId.kid(recipient), seq, unsynced ? 0 : now.toEpochMilli(),
                plaintext.length + WireFormat.AEAD_TAG_BYTES);
        byte[] h = WireFormat.encodeHeader(header);
        HPKEContextWithEncapsulation ctx = hpke.setupBaseS(hpke.deserializePublicKey(recipient), WireFormat.HPKE_INFO);
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
        Ed25519Signer ed = new Ed25519Signer();
        ed.init(true, signer.key());
        ed.update(toSign, 0, toSign.length);
        return out.put(ed.generateSignature()).array();
    }

    /**
     * Replaces the device signing key. In order: a new key; an announcement of it ({@link KeyRotationNotice}) sealed
     * as telemetry and signed by the OLD key, written to {@code stateDir/key-announcement-<kid>.bin}; a seq counter
     * for the new key; the key file atomically replaced (mode 0600). Only then does sealing switch to the new key.
     * The caller publishes the announcement on {@code state} before anything the new key signs.
     */
    public synchronized KeyRotation rotateSigningKey() throws IOException {
        Ed25519PrivateKeyParameters fresh = new Ed25519PrivateKeyParameters(new SecureRandom());
        KeyRotationNotice notice = KeyRotationNotice.create(deviceIdHex, signer.rawPublic(), fresh);
        byte[] announcement = seal(MessageType.TELEMETRY, notice.encode());
        String newKid = KeyId.hex(notice.newKid());
        Path announcementFile = announcementFile(newKid);
        DurableFiles.replace(announcementFile, announcement);
        byte[] raw = fresh.getEncoded();
        try {
            Signer next = signer(fresh, stateDir);
            PemKeys.replacePrivate(signingKeyFile, KeyAlgorithm.ED25519, raw);
            signer = next;
        } catch (IOException | RuntimeException e) {
            // Never leave an announcement of a key the device does not use: the backend would retire the real one.
            Files.deleteIfExists(announcementFile);
            throw e;
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
        try {
            DurableFiles.replace(KeyFiles.publicKeyFileFor(signingKeyFile),
                    PemKeys.publicPem(KeyAlgorithm.ED25519, signer.rawPublic()).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // The .pub.pem is a convenience copy; the private key file alone defines the key.
            Logger.warn("signing key rotated, but its .pub.pem could not be rewritten");
        }
        return new KeyRotation(newKid, announcement, announcementFile);
    }

    /**
     * The announcement of the signing key in use, if one is still in the state dir (left by {@code keys rotate}, or
     * by a crash before it was published): publish it on {@code state}, then delete it. Announcements of any other
     * key are stale (a rotation that never completed) and are deleted here, never published.
     */
    public synchronized Optional<Path> pendingAnnouncement() throws IOException {
        Path current = announcementFile(KeyId.hex(signer.kid()));
        try (Stream<Path> files = Files.list(stateDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("key-announcement-[0-9a-f]{8}\\.bin"))
                    .toList()) {
                if (!f.equals(current)) {
                    Files.delete(f);
                }
            }
        }
        return Files.exists(current) ? Optional.of(current) : Optional.empty();
    }

    /**
     * Whether this sealer found the seq state of its signing key unreadable and rotated to a fresh key (announced
     * with the old key's last seq); the pipeline counts it as a fault.
     */
    public synchronized boolean recoveredSeqState() {
        return recoveredSeqState;
    }

    /**
     * The seq state of the signing key could not be read: guessing could reuse a seq the backend has seen, so the key
     * is retired. A fresh key is announced by the old one under its last seq ({@link SequenceCounter#LAST}, which no
     * counter reaches), like any rotation; then the unreadable file is moved aside. A crash before the key file is
     * replaced comes back here and seals another announcement under the same last seq: the first never left (the
     * pipeline publishes announcements after start, and deletes those of keys not in use).
     */
    private void replaceRetiredKey() throws IOException {
        int oldKid = signer.kid();
        Logger.warn("envelope seq state of signing key {} is unreadable; rotating to a fresh key rather than"
                + " guessing a seq", KeyId.hex(oldKid));
        rotateSigningKey();
        Path damaged = SequenceCounter.fileFor(stateDir, oldKid);
        if (Files.exists(damaged)) {
            Files.move(damaged, damaged.resolveSibling(damaged.getFileName() + ".unreadable"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        recoveredSeqState = true;
    }

    private static Signer retiredSigner(Ed25519PrivateKeyParameters key, Path stateDir) {
        byte[] pub = key.generatePublicKey().getEncoded();
        int kid = KeyId.kid(pub);
        return new Signer(key, pub, kid, SequenceCounter.retired(stateDir, kid));
    }

    /** The kid of the signing key in use, 8 lowercase hex digits. */
    public synchronized String signingKidHex() {
        return KeyId.hex(signer.kid());
    }

    private Path announcementFile(String kidHex) {
        return stateDir.resolve("key-announcement-" + kidHex + ".bin");
    }

    private static Signer signer(Ed25519PrivateKeyParameters key, Path stateDir) throws IOException {
        byte[] pub = key.generatePublicKey().getEncoded();
        int kid = KeyId.kid(pub);
        return new Signer(key, pub, kid, SequenceCounter.open(stateDir, kid));
    }

    static HPKE newHpke() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_CHACHA20_POLY1305);
    }
}
