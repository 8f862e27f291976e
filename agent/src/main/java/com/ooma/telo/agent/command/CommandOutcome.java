package com.ooma.telo.agent.command;

import java.util.Optional;

/** What {@link CommandHandler#handle} did with one message from the {@code cmd} topic. */
public sealed interface CommandOutcome {

    /**
     * Accepted: run, or refused by the verb table ({@code error} is the ack's error code, empty on success).
     * {@code sealedAck} goes to the {@code state} channel.
     */
    record Acknowledged(long commandSeq, String verb, Optional<String> error, byte[] sealedAck)
            implements CommandOutcome { }

    /** Not accepted: nothing ran and nothing is sent back (answering forgeries or replays would help an attacker). */
    record Ignored(IgnoreReason reason) implements CommandOutcome { }

    /** Accepted and run, but the acknowledgement could not be sealed (the seq state is unwritable). */
    record Unacknowledged(long commandSeq, String verb) implements CommandOutcome { }

    /** Why a command was not accepted; for counters and logs only. */
    enum IgnoreReason {
        /** A retained message: replayed by the broker to every new subscriber, never a live command. */
        RETAINED,
        /** The envelope was refused: malformed, unknown key, bad signature, cannot decrypt, replayed, future. */
        REJECTED,
        /** An authentic envelope of another type (a receipt, say) on the command topic. */
        NOT_A_COMMAND,
        /** The plaintext is not a command as the CDDL in docs/wire-format.md defines it. */
        MALFORMED,
        /** The plaintext names another device. */
        WRONG_DEVICE,
        /** {@code expires_at} has passed. */
        EXPIRED,
        /** The header's seq is not above the last accepted command seq. */
        STALE,
        /** The new command seq could not be persisted, so the command was not run; the backend will resend. */
        STATE_UNWRITABLE
    }
}
