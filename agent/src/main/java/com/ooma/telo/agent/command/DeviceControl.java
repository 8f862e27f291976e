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
}
