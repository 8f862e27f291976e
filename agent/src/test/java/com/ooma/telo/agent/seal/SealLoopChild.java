package com.ooma.telo.agent.seal;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Child process for {@link SequenceKillTest}: seals telemetry in an endless loop and prints {@code seq <n>} for each
 * message after sealing it, until it is killed. Args: device id, signing key PEM, recipient public PEM, state dir.
 */
public final class SealLoopChild {
    private SealLoopChild() { }

    public static void main(String[] args) throws Exception {
        EnvelopeSealer sealer = EnvelopeSealer.load(args[0], Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
                Clock.systemUTC());
        PrintStream out = System.out;
        byte[] plaintext = {(byte) 0xa0};
        while (true) {
            byte[] sealed = sealer.seal(MessageType.TELEMETRY, plaintext);
            out.println("seq " + ByteBuffer.wrap(sealed).getLong(WireFormat.OFF_SEQ));
            out.flush();
        }
    }
}
