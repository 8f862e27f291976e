package com.ooma.telo.simulator.collector;

/** Verifies and opens one sealed envelope; the real one is {@link ReportOpener}, tests may pass a stand-in. */
public interface EnvelopeReader {

    Opening open(byte[] sealed);

    /** What opening an envelope gave. */
    sealed interface Opening permits Opened, Rejected {}

    /** A verified envelope: header fields and the plaintext (deterministic CBOR). */
    record Opened(String deviceIdHex, long seq, long timestampMs, byte[] plaintext) implements Opening {}

    /** Refused: bad signature, unknown key, malformed… {@code reason} never contains payload bytes. */
    record Rejected(String reason) implements Opening {}
}
