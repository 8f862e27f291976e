package com.ooma.telo.agent.seal;

/** What {@link EnvelopeOpener#open} made of one sealed message: the authentic plaintext, or a refusal. */
public sealed interface OpenResult {

    /** Verified, decrypted and fresh; {@code plaintext} is the HPKE plaintext (the CBOR report). */
    record Opened(EnvelopeHeader header, byte[] plaintext) implements OpenResult { }

    /** Refused; the reason is for operators and metrics, never for the sender. */
    record Rejected(RejectReason reason) implements OpenResult { }
}
