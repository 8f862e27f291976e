package com.ooma.telo.agent.command;

import com.ooma.telo.agent.config.ConsentLevel;
import java.io.IOException;
import java.time.Duration;

/**
 * What commands may change on the device: the handler calls this and knows nothing else of the agent. The agent's
 * pipeline implements it; every method must take effect immediately (consent especially: docs/design.md §2).
 */
public interface DeviceControl {
    /** Applies a new consent level now, purging whatever is held beyond it. */
    void setConsent(ConsentLevel level);

    /** Sets the health and usage report intervals (each between 1 second and 7 days). */
    void setIntervals(Duration health, Duration usage);

    /**
     * Replaces the device signing key, after queueing on {@code state} an announcement of the new key signed by the
     * old one (see {@code EnvelopeSealer.rotateSigningKey}). Returns the new key's kid, 8 lowercase hex digits.
     */
    String rotateDeviceKey() throws IOException;

    /** What {@link #diagBundle} did: queued on {@code diag}, or refused with an error code of the ack's CDDL. */
    sealed interface BundleResult {
        record Queued(int inflatedBytes, int linesTruncated) implements BundleResult { }

        /** {@code code}: {@code consent}, {@code rate_limited} (then {@code retryAfterS} > 0), {@code spool_full}. */
        record Refused(String code, long retryAfterS) implements BundleResult { }
    }

    /**
     * Assembles a diagnostics bundle and queues it, sealed, on {@code diag}: only at consent {@code full}, at most
     * once per 10 minutes. A device without bundles refuses.
     */
    default BundleResult diagBundle() throws IOException {
        return new BundleResult.Refused("unsupported", 0);
    }
}
