package com.ooma.telo.agent.publish;

/** Receives what arrives on the device's {@code cmd} topic; the payload is still sealed. */
@FunctionalInterface
public interface CommandListener {
    /** @param retained a retained command is stale by definition: the handler ignores (and counts) it */
    void command(byte[] sealed, boolean retained);
}
