package com.ooma.telo.agent.command;

import java.util.Locale;
import java.util.Optional;

/** What {@link CommandHandler#handle} did with one message from the {@code cmd} topic. */
public sealed interface CommandOutcome {

    /**
     * The agent counter this outcome adds one to: {@code commands.acknowledged.ok} / {@code .error},
     * {@code commands.ignored.<reason>}, {@code commands.unacknowledged}. Every outcome has one, so every message
     * on {@code cmd} is counted.
     */
    default String counter() {
        if (this instanceof Acknowledged ack) {
            return "commands.acknowledged." + (ack.error().isPresent() ? "error" : "ok");
        }
        if (this instanceof Ignored ignored) {
            return "commands.ignored." + ignored.reason().name().toLowerCase(Locale.ROOT);
        }
        return "commands.unacknowledged";
    }

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
        /** The plaintext holds a map with a repeated key (two {@code verb}s, say): refused, never "last one wins". */
        DUPLICATE_KEY,
        /** The plaintext is well-formed CBOR but not its deterministic encoding (keys out of order, long heads). */
        NOT_CANONICAL,
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
