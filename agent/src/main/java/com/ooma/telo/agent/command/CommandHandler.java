package com.ooma.telo.agent.command;

import com.ooma.telo.agent.command.CommandOutcome.Acknowledged;
import com.ooma.telo.agent.command.CommandOutcome.IgnoreReason;
import com.ooma.telo.agent.command.CommandOutcome.Ignored;
import com.ooma.telo.agent.command.CommandOutcome.Unacknowledged;
import com.ooma.telo.agent.log.ThrottledLog;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.seal.KeyRing;
import com.ooma.telo.agent.seal.MessageType;
import com.ooma.telo.agent.seal.OpenResult;
import com.ooma.telo.agent.seal.TrustStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.tinylog.Logger;

/**
 * Runs signed commands from the {@code cmd} topic (docs/commands.md). A command is accepted only when its envelope
 * (type 2, sealed to this device's X25519 key, signed by the backend command key) opens, it names this device, its
 * {@code expires_at} has not passed, and its seq is above the last accepted one, which is persisted before the verb
 * runs. The plaintext must be deterministic CBOR with no repeated key ({@link Command#parse}). Accepted commands get a signed acknowledgement (type 3, sealed to the backend like telemetry); anything else
 * is ignored silently. Thread-safe: commands are handled one at a time.
 */
public final class CommandHandler {
    private final String deviceIdHex;
    private final EnvelopeOpener opener;
    private final EnvelopeSealer ackSealer;
    private final CommandSequence sequence;
    private final DeviceControl device;
    private final Verbs verbs;
    private final Clock clock;

    private CommandHandler(String deviceIdHex, EnvelopeOpener opener, EnvelopeSealer ackSealer, Path stateDir,
                           DeviceControl device, Optional<TrustStore> trust, Clock clock) {
        this.deviceIdHex = deviceIdHex;
        this.opener = opener;
        this.ackSealer = ackSealer;
        this.sequence = new CommandSequence(stateDir);
        this.device = device;
        this.verbs = Verbs.standard(trust);
        this.clock = clock;
    }

    /**
     * Loads this device's X25519 private key (mode 0600) and the backend command key (Ed25519 public); both are
     * bound to {@code deviceIdHex}, so a command naming another device in its header finds no key. Acks are sealed
     * with {@code ackSealer}, the agent's telemetry sealer.
     */
    public static CommandHandler load(String deviceIdHex, Path deviceKemPrivatePem, Path backendCommandPublicPem,
                                      Path stateDir, EnvelopeSealer ackSealer, DeviceControl device, Clock clock)
            throws KeyLoadException {
        return load(deviceIdHex, deviceKemPrivatePem, backendCommandPublicPem, stateDir, ackSealer, device,
                Optional.empty(), clock);
    }

    /** As above; with a trust store the {@code set_trust_bundle} verb installs vendor-signed backend keys in it. */
    public static CommandHandler load(String deviceIdHex, Path deviceKemPrivatePem, Path backendCommandPublicPem,
                                      Path stateDir, EnvelopeSealer ackSealer, DeviceControl device,
                                      Optional<TrustStore> trust, Clock clock) throws KeyLoadException {
        KeyRing keys = new KeyRing();
        keys.addRecipient(deviceIdHex, deviceKemPrivatePem);
        keys.addSender(deviceIdHex, backendCommandPublicPem);
        return new CommandHandler(deviceIdHex, EnvelopeOpener.create(keys, clock), ackSealer, stateDir, device,
                trust, clock);
    }

    /** Handles one message from {@code telo/v1/<id>/cmd}; never throws on bad input. */
    public synchronized CommandOutcome handle(byte[] payload, boolean retained) {
        if (retained) {
            return ignored(IgnoreReason.RETAINED);
        }
        OpenResult result = opener.open(payload);
        if (!(result instanceof OpenResult.Opened opened)) {
            return ignored(IgnoreReason.REJECTED);
        }
        if (opened.header().type() != MessageType.COMMAND) {
            return ignored(IgnoreReason.NOT_A_COMMAND);
        }
        Command.Parse parsed = Command.parse(opened.plaintext());
        if (parsed instanceof Command.Parse.Refused refused) {
            return ignored(refused.reason());
        }
        Command command = ((Command.Parse.Parsed) parsed).command();
        if (!deviceIdHex.equals(command.deviceIdHex())) {
            return ignored(IgnoreReason.WRONG_DEVICE);
        }
        if (!clock.instant().isBefore(command.expiresAt())) {
            return ignored(IgnoreReason.EXPIRED);
        }
        long seq = opened.header().seq();
        int senderKid = opened.header().senderKid();
        try {
            if (seq <= sequence.last(senderKid)) {
                return ignored(IgnoreReason.STALE);
            }
            sequence.accept(senderKid, seq);
        } catch (IOException e) {
            ThrottledLog.error("command seq state unusable ({}); command not run", e.getClass().getSimpleName());
            return ignored(IgnoreReason.STATE_UNWRITABLE);
        }
        Reply reply = run(command);
        Logger.info("command {} (seq {}): {}", command.verb(), seq, reply.error().orElse("ok"));
        try {
            return new Acknowledged(seq, command.verb(), reply.error(),
                    ackSealer.seal(MessageType.COMMAND_ACK, reply.encode(seq, command.verb())));
        } catch (UncheckedIOException e) {
            Logger.error("cannot seal acknowledgement for command seq {}", seq);
            return new Unacknowledged(seq, command.verb());
        }
    }

    private Reply run(Command command) {
        Optional<Verb> verb = verbs.find(command.verb());
        if (verb.isEmpty()) {
            return Reply.error("unknown_verb");
        }
        try {
            return verb.get().run(command.args(), device);
        } catch (Exception e) {
            // Only the type: a message could carry anything the device control put in it.
            Logger.error("command {} failed ({})", command.verb(), e.getClass().getSimpleName());
            return Reply.error("failed");
        }
    }

    private static CommandOutcome ignored(IgnoreReason reason) {
        ThrottledLog.debug("command ignored: {}", reason);
        return new Ignored(reason);
    }
}
