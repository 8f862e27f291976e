package com.ooma.telo.agent.checkpoint;

/**
 * A report sealed from a closed window and on its way into the spool, kept in the checkpoint until the spool holds
 * it: a kill between the two then neither loses the window nor counts it twice (the next start spools these bytes,
 * never the window again). Sealed bytes only the backend can open, like every spool record.
 *
 * @param channel  the spool channel ({@code health}, {@code usage})
 * @param envelope the sealed envelope, exactly as it goes into the spool
 */
public record SealedReport(String channel, byte[] envelope) {
    public SealedReport {
        envelope = envelope.clone();
    }

    @Override
    public byte[] envelope() {
        return envelope.clone();
    }

    /** The envelope's size, without copying it. */
    public int length() {
        return envelope.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealedReport r && r.channel.equals(channel) && java.util.Arrays.equals(r.envelope, envelope);
    }

    @Override
    public int hashCode() {
        return channel.hashCode() * 31 + java.util.Arrays.hashCode(envelope);
    }

    @Override
    public String toString() {
        return "SealedReport[" + channel + ", " + envelope.length + " bytes]";
    }
}
