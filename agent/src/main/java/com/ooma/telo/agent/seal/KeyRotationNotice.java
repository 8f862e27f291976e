package com.ooma.telo.agent.seal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * A device's announcement of its new signing key: the plaintext of a telemetry envelope on {@code state} that the
 * OLD key signs (so only the holder of the old key can name a successor). The new key signs
 * {@code "telo-key-rotation-v1" ‖ device_id (16 bytes) ‖ old key ‖ new key} as proof that the device holds it.
 * CDDL in docs/wire-format.md ("Key rotation announcement").
 */
public record KeyRotationNotice(String deviceIdHex, byte[] oldSigningKey, byte[] newSigningKey,
                                byte[] newKeySignature) {
    public static final String KIND = "key_rotation";
    static final int SCHEMA = 1;
    private static final byte[] PROOF_CONTEXT = "telo-key-rotation-v1".getBytes(StandardCharsets.US_ASCII);

    /** Builds the notice for {@code deviceIdHex}, signing the proof with the new private key. */
    static KeyRotationNotice create(String deviceIdHex, byte[] oldSigningKey, Ed25519PrivateKeyParameters newKey) {
        byte[] newPublic = newKey.generatePublicKey().getEncoded();
        byte[] proof = proofBytes(deviceIdHex, oldSigningKey, newPublic);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, newKey);
        signer.update(proof, 0, proof.length);
        return new KeyRotationNotice(deviceIdHex, oldSigningKey, newPublic, signer.generateSignature());
    }

    /** The deterministic CBOR plaintext. */
    public byte[] encode() {
        return CanonicalCbor.encode(Map.of("kind", KIND, "schema", SCHEMA, "old_signing_key", oldSigningKey,
                "new_signing_key", newSigningKey, "new_key_sig", newKeySignature));
    }

    /** The notice in an opened telemetry plaintext from {@code deviceIdHex}; empty for anything else. */
    public static Optional<KeyRotationNotice> parse(String deviceIdHex, byte[] plaintext) {
        Optional<JsonNode> tree = CanonicalCbor.parse(plaintext);
        if (tree.isEmpty() || !tree.get().isObject() || !KIND.equals(tree.get().path("kind").asText())
                || tree.get().path("schema").asInt() != SCHEMA) {
            return Optional.empty();
        }
        try {
            byte[] old = bytes(tree.get(), "old_signing_key", KeyAlgorithm.RAW_KEY_BYTES);
            byte[] fresh = bytes(tree.get(), "new_signing_key", KeyAlgorithm.RAW_KEY_BYTES);
            byte[] sig = bytes(tree.get(), "new_key_sig", WireFormat.SIG_BYTES);
            return Optional.of(new KeyRotationNotice(deviceIdHex, old, fresh, sig));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when the new key signed the proof: the device holds it, it is not someone else's key copied in. */
    public boolean possessionProven() {
        byte[] proof = proofBytes(deviceIdHex, oldSigningKey, newSigningKey);
        Ed25519Signer verifier = new Ed25519Signer();
        try {
            verifier.init(false, new Ed25519PublicKeyParameters(newSigningKey, 0));
            verifier.update(proof, 0, proof.length);
            return verifier.verifySignature(newKeySignature);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    /** The new key's kid, as the device's next messages carry it. */
    public int newKid() {
        return KeyId.kid(newSigningKey);
    }

    private static byte[] proofBytes(String deviceIdHex, byte[] oldKey, byte[] newKey) {
        return ByteBuffer.allocate(PROOF_CONTEXT.length + WireFormat.DEVICE_ID_BYTES + oldKey.length + newKey.length)
                .put(PROOF_CONTEXT).put(HexFormat.of().parseHex(deviceIdHex)).put(oldKey).put(newKey).array();
    }

    private static byte[] bytes(JsonNode tree, String field, int length) throws IOException {
        JsonNode node = tree.get(field);
        if (node == null || !node.isBinary() || node.binaryValue().length != length) {
            throw new IOException("bad " + field);
        }
        return node.binaryValue();
    }
}
