package com.ooma.telo.agent.spool;

import java.util.Arrays;
import java.util.Objects;

/**
 * One unacknowledged report held by the spool: its id (strictly increasing across restarts), the channel it is
 * published on, and the sealed envelope bytes (opaque to the spool).
 */
public record SpoolRecord(long id, String channel, byte[] sealed) {

    public SpoolRecord {
        Objects.requireNonNull(channel, "channel");
        // Copied so that neither the caller nor a consumer can change what the spool holds.
        sealed = sealed.clone();
    }

    @Override
    public byte[] sealed() {
        return sealed.clone();
    }

    /** Payload length without copying. */
    public int sealedLength() {
        return sealed.length;
    }

    /** The held bytes themselves, for the package's own framing code, which never changes them. */
    byte[] sealedView() {
        return sealed;
    }

    // A record compares arrays by reference; a spool record is equal to another with the same bytes.
    @Override
    public boolean equals(Object o) {
        return o instanceof SpoolRecord other
                && id == other.id
                && channel.equals(other.channel)
                && Arrays.equals(sealed, other.sealed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, channel, Arrays.hashCode(sealed));
    }

    // Never print the sealed bytes: length is enough to debug with.
    @Override
    public String toString() {
        return "SpoolRecord[id=" + id + ", channel=" + channel + ", sealed=" + sealed.length + " bytes]";
    }
}
