package com.ooma.telo.agent;

import com.ooma.telo.agent.command.CommandHandler;
import com.ooma.telo.agent.command.CommandOutcome;
import com.ooma.telo.agent.command.DeviceControl;
import com.ooma.telo.agent.config.AgentConfig;
import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.seal.TrustStore;
import com.ooma.telo.agent.spool.AppendResult;
import com.ooma.telo.agent.spool.Spool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.tinylog.Logger;

/**
 * Connects the {@code cmd} topic to the pipeline: sealed commands go to the {@link CommandHandler}, its signed
 * acknowledgements (and key-rotation announcements) go to the spool on channel {@code state}. Implements
 * {@link DeviceControl} by delegating to the pipeline, so the command package knows nothing of the pipeline.
 */
final class AgentCommands implements DeviceControl {
    static final String STATE_CHANNEL = "state";

    private final AgentPipeline pipeline;
    private final EnvelopeSealer sealer;
    private final Spool spool;
    private final PipelineCounters counters;
    private final Runnable kick;
    private CommandHandler handler;

    private AgentCommands(AgentPipeline pipeline, EnvelopeSealer sealer, Spool spool, PipelineCounters counters,
                          Runnable kick) {
        this.pipeline = pipeline;
        this.sealer = sealer;
        this.spool = spool;
        this.counters = counters;
        this.kick = kick;
    }

    static AgentCommands load(AgentConfig config, Clock clock, AgentPipeline pipeline, EnvelopeSealer sealer,
                              Spool spool, PipelineCounters counters, Runnable kick)
            throws KeyLoadException, IOException {
        Optional<TrustStore> trust = Optional.empty();
        if (config.trustRoot().isPresent()) {
            TrustStore store = TrustStore.open(config.stateDir(), config.trustRoot().get());
            sealer.followTrustStore(store);
            trust = Optional.of(store);
        }
        AgentCommands c = new AgentCommands(pipeline, sealer, spool, counters, kick);
        c.handler = CommandHandler.load(config.deviceId(), config.deviceKemKey(), config.backendCommandKey(),
                config.stateDir(), sealer, c, trust, clock);
        c.announcePending();
        return c;
    }

    /** From the publisher's thread: one message from {@code cmd}, still sealed. */
    void command(byte[] sealed, boolean retained) {
        CommandOutcome outcome = handler.handle(sealed, retained);
        counters.increment(outcome.counter());
        if (outcome instanceof CommandOutcome.Acknowledged ack) {
            store(ack.sealedAck()); // CommandHandler has logged the verb and its outcome
        } else if (outcome instanceof CommandOutcome.Unacknowledged u) {
            Logger.warn("command: {} (seq {}) ran but its acknowledgement could not be sealed", u.verb(),
                    u.commandSeq());
        }
    }

    @Override
    public void setConsent(ConsentLevel level) {
        pipeline.setConsent(level);
    }

    @Override
    public void setIntervals(Duration health, Duration usage) {
        pipeline.setIntervals(health, usage);
    }

    @Override
    public BundleResult diagBundle() {
        return pipeline.diagBundle();
    }

    @Override
    public String rotateDeviceKey() throws IOException {
        EnvelopeSealer.KeyRotation r = sealer.rotateSigningKey();
        if (!store(r.sealedAnnouncement())) {
            throw new IOException("the key announcement could not be spooled");
        }
        Files.deleteIfExists(r.announcementFile());
        return r.newKidHex();
    }

    /** A rotation by {@code keys rotate} (or one cut short by a crash) is announced at the next start. */
    private void announcePending() throws IOException {
        Optional<Path> pending = sealer.pendingAnnouncement();
        if (pending.isPresent() && store(Files.readAllBytes(pending.get()))) {
            Files.delete(pending.get());
            Logger.info("keys: announced the rotated device key");
        }
    }

    private boolean store(byte[] sealed) {
        AppendResult r = spool.append(STATE_CHANNEL, sealed);
        if (r instanceof AppendResult.Appended) {
            kick.run();
            return true;
        }
        counters.increment("reports_dropped.state." + (r instanceof AppendResult.Full ? "spool_full" : "spool_error"));
        return false;
    }
}
