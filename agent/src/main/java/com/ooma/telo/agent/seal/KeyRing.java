package com.ooma.telo.agent.seal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * The keys an {@link EnvelopeOpener} may use, looked up by (device id, kid), never by kid alone: 4-byte kids collide
 * across a fleet. A key is bound either to one device or, for the backend's fleet-wide keys, to {@link #ANY_DEVICE};
 * a device-bound entry wins over a fleet-wide one. A retired key is still accepted until its {@code acceptUntil}
 * instant (the rotation overlap), then never again. Thread-safe.
 */
public final class KeyRing {
    /** Binds a key to every device: for fleet-wide backend keys, or a key an operator vouches for by hand. */
    public static final String ANY_DEVICE = "*";

    /** What {@link #acceptRotation} made of an opened message. */
    public enum Rotation {
        /** A valid announcement: the new key is accepted, the old one until the overlap ends. */
        ROTATED,
        /** Not a key rotation announcement: an ordinary report, left to the caller. */
        NOT_A_NOTICE,
        /** An announcement that does not hold together (old key is not the signer, no proof of possession). */
        REFUSED
    }

    private record Slot(String deviceIdHex, int kid) { }

    private record Entry<K>(K key, Optional<Instant> acceptUntil) {
        boolean acceptedAt(Instant now) {
            return acceptUntil.map(until -> !now.isAfter(until)).orElse(true);
        }
    }

    private final Map<Slot, Entry<Ed25519PublicKeyParameters>> senders = new ConcurrentHashMap<>();
    private final Map<Slot, Entry<AsymmetricCipherKeyPair>> recipients = new ConcurrentHashMap<>();

    /** An empty ring: every message is refused with {@link RejectReason#UNKNOWN_KEY} until keys are added. */
    public KeyRing() {
    }

    /** Accepts signatures by the Ed25519 public key in {@code publicPem} from {@code deviceIdHex}; returns its kid. */
    public int addSender(String deviceIdHex, Path publicPem) throws KeyLoadException {
        return addSender(deviceIdHex, PemKeys.readPublic(publicPem, KeyAlgorithm.ED25519).rawPublic());
    }

    /** As {@link #addSender(String, Path)} for a raw 32-byte Ed25519 public key. */
    public int addSender(String deviceIdHex, byte[] rawPublic) {
        int kid = KeyId.kid(rawPublic);
        senders.put(new Slot(deviceIdHex, kid),
                new Entry<>(new Ed25519PublicKeyParameters(rawPublic, 0), Optional.empty()));
        return kid;
    }

    /** Opens messages sealed to the X25519 private key in {@code privatePem} (mode 0600); returns its kid. */
    public int addRecipient(String deviceIdHex, Path privatePem) throws KeyLoadException {
        PemKeys.LoadedKey key = PemKeys.readPrivate(privatePem, KeyAlgorithm.X25519);
        try {
            int kid = KeyId.kid(key.rawPublic());
            AsymmetricCipherKeyPair pair = EnvelopeSealer.newHpke()
                    .deserializePrivateKey(key.rawPrivate(), key.rawPublic());
            recipients.put(new Slot(deviceIdHex, kid), new Entry<>(pair, Optional.empty()));
            return kid;
        } finally {
            Arrays.fill(key.rawPrivate(), (byte) 0);
        }
    }

    /** Keeps accepting a sender key until {@code acceptUntil} (inclusive), then refuses it. No-op if unknown. */
    public void retireSender(String deviceIdHex, int kid, Instant acceptUntil) {
        senders.computeIfPresent(new Slot(deviceIdHex, kid), (s, e) -> new Entry<>(e.key(), Optional.of(acceptUntil)));
    }

    /** Keeps opening messages sealed to a recipient key until {@code acceptUntil} (inclusive). No-op if unknown. */
    public void retireRecipient(String deviceIdHex, int kid, Instant acceptUntil) {
        recipients.computeIfPresent(new Slot(deviceIdHex, kid),
                (s, e) -> new Entry<>(e.key(), Optional.of(acceptUntil)));
    }

    /**
     * Applies a device's key rotation announcement ({@link KeyRotationNotice}) from a message that
     * {@link EnvelopeOpener} opened: the new key is accepted for that device from now on, and the announcing (old)
     * key only until {@code now + overlap}, then never again.
     */
    public Rotation acceptRotation(OpenResult.Opened opened, Duration overlap, Instant now) {
        EnvelopeHeader h = opened.header();
        if (h.type() != MessageType.TELEMETRY) {
            return Rotation.NOT_A_NOTICE;
        }
        Optional<KeyRotationNotice> parsed = KeyRotationNotice.parse(h.deviceIdHex(), opened.plaintext());
        if (parsed.isEmpty()) {
            return Rotation.NOT_A_NOTICE;
        }
        KeyRotationNotice notice = parsed.get();
        Optional<Ed25519PublicKeyParameters> signer = sender(h.deviceIdHex(), h.senderKid(), now);
        if (signer.isEmpty() || !Arrays.equals(signer.get().getEncoded(), notice.oldSigningKey())
                || !notice.possessionProven()) {
            return Rotation.REFUSED;
        }
        addSender(h.deviceIdHex(), notice.newSigningKey());
        // Bound to the device even if the old key was fleet-wide here, so retiring it touches no other device.
        senders.put(new Slot(h.deviceIdHex(), h.senderKid()),
                new Entry<>(signer.get(), Optional.of(now.plus(overlap))));
        return Rotation.ROTATED;
    }

    /**
     * Backend key rotation on the receiving side: the fleet-wide recipient key that {@code bundle} calls
     * {@code current} stays accepted until {@code not_before + overlap}, then is refused. The {@code next} key must
     * be added with {@link #addRecipient} (the backend holds its private half).
     */
    public void followTrustBundle(TrustBundle bundle, Duration overlap) {
        if (!Arrays.equals(bundle.current(), bundle.next())) {
            retireRecipient(ANY_DEVICE, KeyId.kid(bundle.current()), bundle.notBefore().plus(overlap));
        }
    }

    Optional<Ed25519PublicKeyParameters> sender(String deviceIdHex, int kid, Instant now) {
        return lookup(senders, deviceIdHex, kid, now);
    }

    Optional<AsymmetricCipherKeyPair> recipient(String deviceIdHex, int kid, Instant now) {
        return lookup(recipients, deviceIdHex, kid, now);
    }

    private static <K> Optional<K> lookup(Map<Slot, Entry<K>> map, String deviceIdHex, int kid, Instant now) {
        Entry<K> entry = map.get(new Slot(deviceIdHex, kid));
        if (entry == null) {
            entry = map.get(new Slot(ANY_DEVICE, kid));
        }
        return entry != null && entry.acceptedAt(now) ? Optional.of(entry.key()) : Optional.empty();
    }
}
