package com.ooma.telo.agent.diag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * The last health and usage reports exactly as they were sealed (their CBOR plaintext), for the status page and the
 * diagnostics bundle. In memory only. The usage report is call-derived: it is shown only on the loopback page at
 * consent {@code full}, and forgotten when consent drops below {@code full}; consent {@code off} forgets both.
 */
public final class LastReports {
    /** Loaded on the first {@link Copy#json()} only (the status page): sealing a report never needs data binding. */
    private static final class Mappers {
        static final CBORMapper CBOR = new CBORMapper();
        static final ObjectMapper JSON = new ObjectMapper();
    }

    /** One report's plaintext and when it was sealed. */
    public record Copy(Instant sealedAt, byte[] cbor) {
        /** The payload as indented JSON, as {@code decode} prints it; a payload that is not CBOR says so. */
        public String json() {
            try {
                return Mappers.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Mappers.CBOR.readTree(cbor));
            } catch (IOException e) {
                return "(not CBOR)";
            }
        }
    }

    private volatile Copy health;
    private volatile Copy usage;

    /** From the outbox, before sealing: {@code channel} is {@code health} or {@code usage}. */
    public void sealed(String channel, byte[] plaintext, Instant at) {
        Copy c = new Copy(at, plaintext.clone());
        if ("health".equals(channel)) {
            health = c;
        } else if ("usage".equals(channel)) {
            usage = c;
        }
    }

    public Optional<Copy> health() {
        return Optional.ofNullable(health);
    }

    public Optional<Copy> usage() {
        return Optional.ofNullable(usage);
    }

    /** Consent below {@code full}: the usage report goes. */
    public void forgetUsage() {
        usage = null;
    }

    /** Consent {@code off}: both go. */
    public void forgetAll() {
        health = null;
        usage = null;
    }
}
