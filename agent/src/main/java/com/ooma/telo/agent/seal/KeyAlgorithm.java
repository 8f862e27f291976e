package com.ooma.telo.agent.seal;

import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/** The two key types the envelope uses (RFC 8410 object identifiers); both have 32-byte raw keys. */
enum KeyAlgorithm {
    ED25519("Ed25519", EdECObjectIdentifiers.id_Ed25519),
    X25519("X25519", EdECObjectIdentifiers.id_X25519);

    static final int RAW_KEY_BYTES = 32;

    private final String displayName;
    private final ASN1ObjectIdentifier oid;

    KeyAlgorithm(String displayName, ASN1ObjectIdentifier oid) {
        this.displayName = displayName;
        this.oid = oid;
    }

    String displayName() {
        return displayName;
    }

    ASN1ObjectIdentifier oid() {
        return oid;
    }

    static Optional<KeyAlgorithm> forOid(ASN1ObjectIdentifier oid) {
        for (KeyAlgorithm a : values()) {
            if (a.oid.equals(oid)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The raw public key for a raw private key. */
    byte[] publicFromPrivate(byte[] rawPrivate) {
        return switch (this) {
            case ED25519 -> new Ed25519PrivateKeyParameters(rawPrivate, 0).generatePublicKey().getEncoded();
            case X25519 -> new X25519PrivateKeyParameters(rawPrivate, 0).generatePublicKey().getEncoded();
        };
    }
}
