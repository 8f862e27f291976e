package com.ooma.telo.agent.seal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The backend's X25519 public keys as the vendor root key vouches for them: {@code current} until
 * {@code not_before}, {@code next} from then on; {@code version} only ever goes up. On the wire it is a CBOR array
 * {@code [bundle, sig]}: {@code bundle} is the deterministic CBOR map as a byte string, {@code sig} is Ed25519 by the
 * vendor root over {@code "telo-trust-bundle-v1" ‖ bundle} (docs/wire-format.md, "Trust bundle").
 */
public record TrustBundle(long version, byte[] current, byte[] next, Instant notBefore) {
    private static final byte[] SIG_CONTEXT = "telo-trust-bundle-v1".getBytes(StandardCharsets.US_ASCII);

    /** Why a signed bundle was not taken. */
    public enum Problem {
        /** Not a {@code [bstr, bstr]} array, or the inner map is not exactly the four fields with the right types. */
        MALFORMED,
        /**
         * The inner map is not in deterministic CBOR (or repeats a key), so its bytes are not the only encoding of
         * its content.
         */
        NOT_CANONICAL,
        /** The vendor root's signature does not verify. */
        SIGNATURE,
        /** Version not above the installed one: a rollback to an older (maybe compromised) key set. */
        ROLLBACK
    }

    /** The key to seal to at {@code now}. */
    public byte[] recipientAt(Instant now) {
        return now.isBefore(notBefore) ? current : next;
    }

    /** The deterministic CBOR of the inner map: the exact bytes the root signs. */
    public byte[] encode() {
        return CanonicalCbor.encode(Map.of("version", version, "current", current, "next", next,
                "not_before", notBefore.toEpochMilli()));
    }

    /** Signs this bundle with the vendor root's private key (raw 32 bytes): the {@code [bundle, sig]} array. */
    public byte[] sign(byte[] rootPrivateRaw) {
        byte[] bundle = encode();
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(rootPrivateRaw, 0));
        signer.update(SIG_CONTEXT, 0, SIG_CONTEXT.length);
        signer.update(bundle, 0, bundle.length);
        return CanonicalCbor.encode(List.of(bundle, signer.generateSignature()));
    }

    /** Verifies {@code signed} against the vendor root's raw Ed25519 public key and parses it. */
    static Verification verify(byte[] signed, byte[] rootPublicRaw) {
        Optional<JsonNode> outer = CanonicalCbor.parse(signed);
        try {
            if (outer.isEmpty() || !outer.get().isArray() || outer.get().size() != 2
                    || !outer.get().get(0).isBinary() || !outer.get().get(1).isBinary()) {
                return new Verification.Invalid(Problem.MALFORMED);
            }
            byte[] bundle = outer.get().get(0).binaryValue();
            byte[] sig = outer.get().get(1).binaryValue();
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(rootPublicRaw, 0));
            verifier.update(SIG_CONTEXT, 0, SIG_CONTEXT.length);
            verifier.update(bundle, 0, bundle.length);
            if (sig.length != WireFormat.SIG_BYTES || !verifier.verifySignature(sig)) {
                return new Verification.Invalid(Problem.SIGNATURE);
            }
            Optional<TrustBundle> parsed = parseInner(bundle);
            if (parsed.isEmpty()) {
                return new Verification.Invalid(Problem.MALFORMED);
            }
            if (!(CanonicalCbor.parseStrict(bundle) instanceof StrictCbor.Canonical)) { // as commands are read
                return new Verification.Invalid(Problem.NOT_CANONICAL);
            }
            return new Verification.Valid(parsed.get());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return new Verification.Invalid(Problem.MALFORMED);
        }
    }

    /** What {@link #verify} made of a signed bundle. */
    sealed interface Verification {
        /** Signed by the root, canonical, well-formed. */
        record Valid(TrustBundle bundle) implements Verification { }

        /** Not to be trusted, and why. */
        record Invalid(Problem problem) implements Verification { }
    }

    private static Optional<TrustBundle> parseInner(byte[] bundle) throws IOException {
        Optional<JsonNode> m = CanonicalCbor.parse(bundle);
        if (m.isEmpty() || !m.get().isObject() || m.get().size() != 4) {
            return Optional.empty();
        }
        JsonNode version = m.get().get("version");
        JsonNode current = m.get().get("current");
        JsonNode next = m.get().get("next");
        JsonNode notBefore = m.get().get("not_before");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToLong() || version.asLong() < 0
                || notBefore == null || !notBefore.isIntegralNumber() || !notBefore.canConvertToLong()
                || notBefore.asLong() < 0 || !isKey(current) || !isKey(next)) {
            return Optional.empty();
        }
        return Optional.of(new TrustBundle(version.asLong(), current.binaryValue(), next.binaryValue(),
                Instant.ofEpochMilli(notBefore.asLong())));
    }

    private static boolean isKey(JsonNode node) throws IOException {
        return node != null && node.isBinary() && node.binaryValue().length == KeyAlgorithm.RAW_KEY_BYTES;
    }
}
