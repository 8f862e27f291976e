package com.ooma.telo.agent.seal;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** Test helper playing a sender who alters a message and signs it again with the genuine signing key. */
final class Resigner {
    private final Ed25519PrivateKeyParameters key;

    Resigner(Path signingPrivatePem) throws KeyLoadException {
        this.key = new Ed25519PrivateKeyParameters(
                PemKeys.readPrivate(signingPrivatePem, KeyAlgorithm.ED25519).rawPrivate(), 0);
    }

    /** Replaces the signature of a well-formed message with a valid one over its current bytes. */
    byte[] resign(byte[] sealed) {
        int ctLen = ByteBuffer.wrap(sealed).getInt(WireFormat.OFF_CT_LEN);
        int signedLen = WireFormat.HEADER_BYTES + WireFormat.ENC_BYTES + ctLen;
        byte[] toSign = WireFormat.signedBytes(sealed, signedLen);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(toSign, 0, toSign.length);
        byte[] out = sealed.clone();
        System.arraycopy(signer.generateSignature(), 0, out, signedLen, WireFormat.SIG_BYTES);
        return out;
    }
}
