package com.ooma.telo.agent;

import com.ooma.telo.agent.aggregate.MetricWindows;
import com.ooma.telo.agent.aggregate.WindowSchedule;
import com.ooma.telo.agent.checkpoint.WindowCheckpoint;
import com.ooma.telo.agent.clock.AgentClock;
import com.ooma.telo.agent.clock.ClockWatch;
import com.ooma.telo.agent.config.AgentConfig;
import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.config.PublishAck;
import com.ooma.telo.agent.command.DeviceControl;
import com.ooma.telo.agent.diag.BuildInfo;
import com.ooma.telo.agent.diag.BundleConfig;
import com.ooma.telo.agent.diag.BundleLimiter;
import com.ooma.telo.agent.diag.DailyTally;
import com.ooma.telo.agent.diag.DiagBundle;
import com.ooma.telo.agent.diag.HubLogIntake;
import com.ooma.telo.agent.diag.LastReports;
import com.ooma.telo.agent.encode.ReportEncoder;
import com.ooma.telo.agent.event.Cause;
import com.ooma.telo.agent.event.HubEvent;
import com.ooma.telo.agent.ingest.EventQueue;
import com.ooma.telo.agent.ingest.IngestLimits;
import com.ooma.telo.agent.ingest.IngestServer;
import com.ooma.telo.agent.ingest.IngestStats;
import com.ooma.telo.agent.log.RecentLines;
import com.ooma.telo.agent.log.ThrottledLog;
import com.ooma.telo.agent.publish.ConnectError;
import com.ooma.telo.agent.publish.MqttPublisher;
import com.ooma.telo.agent.privacy.UsagePrivacy;
import com.ooma.telo.agent.publish.PublishStats;
import com.ooma.telo.agent.publish.PublishTimeouts;
import com.ooma.telo.agent.redact.EventRedactor;
import com.ooma.telo.agent.redact.RedactOutcome;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.seal.MessageType;
import com.ooma.telo.agent.seal.ReceiptOpener;
import com.ooma.telo.agent.spool.AppendResult;
import com.ooma.telo.agent.spool.Spool;
import com.ooma.telo.agent.status.StatusPolicy;
import com.ooma.telo.agent.status.StatusServer;
import com.ooma.telo.agent.status.StatusStats;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.ArrayList;
import java.util.List;
import org.tinylog.Logger;

/**
 * Wires the stages, top to bottom, and runs them; the only class that knows them all (docs/design.md §3).
 *
 * <pre>
 * hub ─NDJSON─▶ ingest ─▶ [queue] ─▶ redact ─▶ aggregate ─▶ privacy ─▶ encode ─▶ seal ─▶ spool ─▶ publish ─MQTT─▶
 *               Netty                 deny by   registry,     local DP   CBOR,     HPKE +   WAL,     Paho QoS 1,
 *               thread                default   windows       (opt-in)   padded    Ed25519  fsync    ack on PUBACK
 *                                                                                                    or receipt
 *                          └──────────── one worker thread ───────┬──────────────────────────┘
 *                                                      checkpoint (state.dir)
 * </pre>
 * Raw events exist only in the bounded queue ({@link EventQueue}: at most {@code ingest.queue_max_events} events
 * and {@code ingest.queue_max_bytes} of estimated heap) and on the worker's stack; when the queue is full, ingest
 * drops and counts ({@code ingest.queue_full}) instead of making the hub wait. The worker drains it in batches.
 * The open windows, and closed usage windows waiting out their jitter, are
 * checkpointed at most once a second while they change, and put back at start. {@link #setConsent} may come from
 * any thread: it takes the same lock as the worker, so it takes effect between two events.
 */
public final class AgentPipeline implements AutoCloseable {
    static final long WORKER_WAKE_MS = 100;
    /** Events the worker takes per wake-up; consent and interval changes still land between two events. */
    static final int BATCH_EVENTS = 256;
    static final String DIAG_CHANNEL = "diag";

    private final AgentConfig config;
    private final Object lock = new Object();
    private final EventQueue queue;
    private final IngestStats ingestStats = new IngestStats();
    private final StatusStats statusStats = new StatusStats();
    private final PublishStats publishStats = new PublishStats();
    private final PipelineCounters counters = new PipelineCounters();
    private final EventRedactor redactor;
    private final WindowCheckpoint checkpoint;
    private final Spool spool;
    private final MqttPublisher publisher;
    private final WindowKeeper keeper;
    private final AgentCommands commands;
    private final Thread worker;
    private final boolean sealerRecovered;
    private final ClockWatch clockWatch;
    private final Clock clock;
    private final Instant startedAt;
    private final HubLogIntake hubLog;
    private final LastReports lastReports = new LastReports();
    private final DailyTally tally;
    private final BundleLimiter bundles;
    private final EnvelopeSealer sealer;
    private volatile ConsentLevel consent;
    private volatile boolean running = true;
    /** Events the worker has finished with, and wake-ups it has finished: {@link #progress()}. */
    private volatile long handled;
    private volatile long passes;
    private IngestServer ingest;
    private StatusServer status;

    private AgentPipeline(AgentConfig config, AgentClock time, Random random, long bootEpoch) throws Exception {
        Clock clock = time.wall();
        this.config = config;
        this.clockWatch = new ClockWatch(time);
        this.consent = config.consent();
        this.queue = new EventQueue(config.ingestQueueMaxEvents(), queueBytes(config.ingestQueueMaxBytes(),
                Runtime.getRuntime().maxMemory()));
        this.clock = clock;
        this.startedAt = clock.instant();
        this.hubLog = new HubLogIntake(config.region());
        this.tally = new DailyTally(config.timezone(), startedAt);
        this.bundles = new BundleLimiter(clock);
        this.redactor = new EventRedactor(config.region(), config.timezone(), clock);
        MetricWindows windows = new MetricWindows(new WindowSchedule(config.healthInterval(), config.timezone()),
                new WindowSchedule(config.usageInterval(), config.timezone()), clock, consent);
        this.checkpoint = new WindowCheckpoint(config.stateDir(), time.monotonicNanos());
        this.sealer = EnvelopeSealer.load(config.deviceId(), config.deviceSigningKey(),
                config.backendPublicKey(), config.stateDir(), clock);
        this.sealerRecovered = sealer.recoveredSeqState();
        sealer.watchClock(clockWatch); // an unsynced or jumping wall clock stamps nothing (flags bit 1)
        this.spool = Spool.open(config.spoolDir(), config.spoolMaxBytes());
        this.publisher = new MqttPublisher(config.publishBroker(), config.brokerSecurity(),
                PublishTimeouts.standard().withStartDelayMax(config.publishStartDelayMax()), config.deviceId(), spool,
                config::topic, publishStats, time.monotonicNanos(), random);
        publisher.drainRate(config.publishDrainRate());
        if (config.publishAck() == PublishAck.RECEIPT) {
            publisher.receiptMode(ReceiptOpener.load(config.deviceId(), config.deviceKemKey(),
                    config.backendCommandKey(), clock), config.publishReceiptTimeout(), clockWatch);
        }
        publisher.checkSecurity(); // unusable TLS or password files stop the start (exit 2), as bad keys do
        ReportEncoder encoder = new ReportEncoder(bootEpoch, config.timezone());
        ReportOutbox outbox = new ReportOutbox(encoder,
                new UsagePrivacy(config.dailyEpsilon(), config.stateDir(), random, clock, config.timezone()),
                sealer, spool, publisher, counters, windows, clock, time.monotonicNanos(), random, config.jitter(),
                lastReports);
        // Consent off publishes nothing but command acknowledgements: not even a will (docs/design.md §2).
        publisher.lastWill(() -> consent == ConsentLevel.OFF ? null
                : sealer.seal(MessageType.TELEMETRY, encoder.offline()));
        publisher.birth(() -> consent == ConsentLevel.OFF ? null : sealer.seal(MessageType.TELEMETRY,
                encoder.birth(BuildInfo.current().describe(), spool.stats().pending(), spool.stats().bytesOnDisk())));
        this.keeper = new WindowKeeper(windows, checkpoint, outbox, this::counters, clock);
        this.commands = AgentCommands.load(config, clock, this, sealer, spool, counters, publisher::kick);
        publisher.onCommand(commands::command);
        this.worker = new Thread(this::work, "telo-pipeline");
    }

    /** As {@link #start(AgentConfig, AgentClock, Random)}, with the host's monotonic clock. */
    public static AgentPipeline start(AgentConfig config, Clock clock, Random random) throws Exception {
        return start(config, AgentClock.withWall(clock), random);
    }

    /**
     * Starts every stage; returns once ingest listens. Fails fast on keys, files and ports. Both clocks are
     * injected: an embedding (a test, a simulated fleet) runs the agent in its own time.
     */
    public static AgentPipeline start(AgentConfig config, AgentClock time, Random random) throws Exception {
        requireTrustAnchors(config);
        BootCounter.Epoch epoch = BootCounter.next(config.stateDir(), time.wall());
        long boot = epoch.value();
        AgentPipeline p = new AgentPipeline(config, time, random, boot);
        synchronized (p.lock) {
            p.counters.add("state.recovered", (epoch.recovered() ? 1 : 0) + (p.sealerRecovered ? 1 : 0));
            p.counters.add("checkpoint.unknown_series", p.keeper.recover());
            p.counters.add("checkpoint.reports_restored", p.keeper.restoredReports());
            p.applyConsent(config.consent()); // a level lowered in the config purges what the last run left
            p.keeper.sampleNow(); // spool damage found at replay, into a window the checkpoint keeps
        }
        p.publisher.start();
        p.worker.start();
        try {
            p.ingest = IngestServer.start(config.ingestHost(), config.ingestPort(), p.queue, p.ingestStats,
                    EventRedactor::isUnreadAtIngest, new IngestLimits(config.ingestMaxConnections(),
                            config.ingestMaxPartialBytes(), config.ingestIdleTimeout(),
                            config.ingestPartialLineTimeout()));
            if (config.statusPort() >= 0) {
                p.status = StatusServer.start(config.statusHost(), config.statusPort(), p.statusSource(),
                        StatusPolicy.of(config.statusAllowedHosts()), p.statusStats);
            }
        } catch (Exception | Error e) {
            p.close(); // a port in use: leave nothing running behind the failed start
            throw e;
        }
        Logger.info("agent started: boot epoch {}, consent {}", boot, config.consent().label());
        return p;
    }

    /** The public keys the agent believes must not be replaceable by anyone but their owner (security.md). */
    private static void requireTrustAnchors(AgentConfig config) throws KeyLoadException {
        KeyFiles.requireTrustAnchor(config.backendPublicKey());
        KeyFiles.requireTrustAnchor(config.backendCommandKey());
        if (config.trustRoot().isPresent()) {
            KeyFiles.requireTrustAnchor(config.trustRoot().get());
        }
    }

    public InetSocketAddress ingestAddress() {
        return ingest.localAddress();
    }

    public Optional<InetSocketAddress> statusAddress() {
        return Optional.ofNullable(status).map(StatusServer::localAddress);
    }

    /** Every counter the agent keeps, by name; all non-personal. */
    public SortedMap<String, Long> counters() {
        SortedMap<String, Long> m = StatusCounters.collect(ingestStats, redactor, counters, spool.stats(),
                publishStats, queue.size());
        m.put("pipeline.queued_bytes", queue.bytes());
        m.put("pipeline.queued_bytes_peak", queue.peakBytes());
        m.put("checkpoint.writes", checkpoint.writes());
        m.put("checkpoint.failures", checkpoint.failures());
        m.put("clock.jumps", clockWatch.jumps());
        m.put("clock.off", clockWatch.offs());
        statusStats.copyInto(m);
        hubLog.copyInto(m);
        return m;
    }

    /**
     * How far the agent has got, read cheaply (no {@link #counters()} map): what an embedding that steps simulated
     * time (the simulator's fleet mode) waits on before it moves the clocks on, so that every event lands in the
     * window of its time and every report is cut on the clock it belongs to.
     *
     * @param linesTakenIn   ingest lines dealt with either way (accepted, malformed, oversize, truncated)
     * @param eventsQueued   accepted lines that entered the queue (not dropped as {@code ingest.queue_full})
     * @param eventsHandled  queued events the worker has finished with (counted, dropped by redaction, ignored)
     * @param workerPasses   worker wake-ups finished; each closes due windows on the clock it read after waking
     * @param spoolPending   records in the spool not yet acknowledged
     * @param connected      whether the publisher is connected to the broker now
     * @param connecting     whether a connect attempt awaits its CONNACK now (its deadline is on the monotonic clock)
     */
    public record Progress(long linesTakenIn, long eventsQueued, long eventsHandled, long workerPasses,
            int spoolPending, boolean connected, boolean connecting) {}

    public Progress progress() {
        long accepted = ingestStats.total(IngestStats.Outcome.ACCEPTED);
        long taken = accepted + ingestStats.total(IngestStats.Outcome.MALFORMED)
                + ingestStats.total(IngestStats.Outcome.OVERSIZE) + ingestStats.total(IngestStats.Outcome.TRUNCATED);
        return new Progress(taken, accepted - ingestStats.total(IngestStats.Outcome.QUEUE_FULL), handled, passes,
                spool.stats().pending(), publisher.isConnected(), publisher.isConnecting());
    }

    /** Ends the worker's wait now, so it reads the (injected) clock and closes what is due without delay. */
    public void wake() {
        queue.wake();
    }

    /**
     * Applies a consent level at once, from any thread: collection beyond it stops, and what is held beyond it is
     * purged from memory (open windows, reports waiting for jitter, caller pseudonyms) and from the spool.
     */
    public void setConsent(ConsentLevel level) {
        boolean willChanges;
        synchronized (lock) {
            willChanges = (consent == ConsentLevel.OFF) != (level == ConsentLevel.OFF);
            applyConsent(level);
        }
        if (willChanges) {
            publisher.renewSession(); // the broker holds the will of the current session: register it anew
        }
        Logger.info("consent set to {}", level.label());
    }

    private void applyConsent(ConsentLevel level) {
        consent = level;
        redactor.allowPseudonyms(level.allowsUsage());
        keeper.consent(level);
        if (!level.allowsUsage()) {
            lastReports.forgetUsage();
            counters.add("reports_purged.diag", spool.purge(DIAG_CHANNEL::equals)); // bundles need consent full
        }
        if (level == ConsentLevel.OFF) { // what the status page and a bundle would hold (field-diagnostics.md)
            hubLog.purge();
            RecentLines.agent().clear();
            lastReports.forgetAll();
            tally.reset(counters());
        }
    }

    /**
     * New report intervals (the {@code set_intervals} command), from any thread. A window that the new schedule
     * would already have ended is closed and reported now; the windows after it follow the new schedule.
     */
    public void setIntervals(Duration health, Duration usage) {
        synchronized (lock) {
            keeper.reschedule(new WindowSchedule(health, config.timezone()),
                    new WindowSchedule(usage, config.timezone()));
        }
        Logger.info("report intervals set: health {}, usage {}", health, usage);
    }

    /**
     * The {@code diag_bundle} command, from the command thread: at consent {@code full} only, rate-limited, the bundle
     * (field-diagnostics.md) sealed compressed and spooled on {@code diag}.
     */
    DeviceControl.BundleResult diagBundle() {
        if (consent != ConsentLevel.FULL) {
            return new DeviceControl.BundleResult.Refused("consent", 0);
        }
        Optional<Duration> wait = bundles.take();
        if (wait.isPresent()) {
            return new DeviceControl.BundleResult.Refused("rate_limited", Math.max(1, wait.get().toSeconds()));
        }
        DiagBundle.Encoded b = DiagBundle.encode(HubLogIntake.minute(clock.millis()),
                java.util.Map.of("agent", BuildInfo.current().describe(),
                        "java", String.valueOf(System.getProperty("java.version"))),
                BundleConfig.of(config), counters(),
                lastReports.health().map(LastReports.Copy::cbor).orElse(new byte[0]),
                RecentLines.agent().snapshot(), hubLog.ring().snapshot());
        if (spool.append(DIAG_CHANNEL, sealer.sealDiagBundle(b.cbor())) instanceof AppendResult.Appended) {
            counters.increment("diag.bundles_spooled");
            counters.add("diag.bundle_lines_truncated", b.truncated());
            publisher.kick();
            Logger.info("diag: bundle of {} bytes queued ({} oldest lines left out)", b.cbor().length, b.truncated());
            return new DeviceControl.BundleResult.Queued(b.cbor().length, b.truncated());
        }
        counters.increment("diag.bundles_dropped.spool_full");
        return new DeviceControl.BundleResult.Refused("spool_full", 0);
    }

    /** The status listener's view of the agent (AgentStatus). */
    AgentStatus statusSource() {
        return new AgentStatus(new AgentStatus.Sources(config.deviceId(), clock, startedAt, this::counters,
                () -> consent, publisher::isConnected, () -> publishStats.lastConnectError().map(ConnectError::label),
                worker::isAlive, config.spoolMaxBytes(), tally, lastReports));
    }

    /**
     * The queue's byte bound, held to half the JVM's heap: the queue must never be what runs the agent out of memory
     * (the hub's flags exit on an OutOfMemoryError), whatever {@code -Xmx} a deployment picks.
     */
    static long queueBytes(long configured, long maxHeap) {
        long bound = Math.min(configured, maxHeap / 2);
        if (bound < configured) {
            Logger.info("ingest: the queue holds at most {} bytes, half the heap (ingest.queue_max_bytes is {})",
                    bound, configured);
        }
        return bound;
    }

    /**
     * The worker: each wake-up takes every waiting event up to {@link #BATCH_EVENTS}, handles them one by one (each
     * under the lock, so {@link #setConsent} lands between two events), then closes due windows and checkpoints once
     * for the whole batch. A failing event is counted and skipped; the rest of its batch goes on.
     */
    private void work() {
        List<HubEvent> batch = new ArrayList<>(BATCH_EVENTS);
        while (running || !queue.isEmpty()) {
            try {
                batch.clear();
                queue.drainTo(batch, BATCH_EVENTS, WORKER_WAKE_MS);
                for (int i = 0; i < batch.size(); i++) {
                    HubEvent e = batch.set(i, null); // out of memory as soon as it is counted
                    synchronized (lock) {
                        try {
                            handle(e);
                        } catch (RuntimeException ex) {
                            failed(ex);
                        }
                    }
                }
                synchronized (lock) {
                    keeper.closeDue();
                    keeper.afterPass();
                    tally.tick(clock.instant(), this::counters);
                    handled += batch.size();
                    passes++;
                }
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException ex) {
                failed(ex);
            }
        }
    }

    private void failed(RuntimeException ex) {
        counters.increment("pipeline.errors");
        ThrottledLog.error("pipeline: unexpected {}; event skipped", ex.getClass().getSimpleName());
    }

    private void handle(HubEvent e) {
        if (consent == ConsentLevel.OFF) {
            counters.increment("events_ignored.consent");
            if (Cause.ofType(e.type()) == Cause.CALLS) {
                counters.increment("events_ignored.consent.calls");
            }
            return;
        }
        if (HubLogIntake.takes(e)) {
            hubLog.accept(e); // redacted on arrival, held in memory for a diagnostics bundle, never reported
            return;
        }
        RedactOutcome outcome = redactor.redact(e);
        if (outcome instanceof RedactOutcome.Kept kept) {
            keeper.accept(kept.event());
            counters.increment("events_counted");
            if (kept.event().type().equals("call.ended") && consent.allowsUsage()) {
                counters.increment("calls_counted");
            }
        }
    }

    /**
     * Orderly stop (SIGTERM): stop taking events, finish the queue, seal the open windows now (no jitter), then
     * give the broker up to {@code drainTimeout} to acknowledge what the spool holds. Unacked records stay spooled.
     */
    public void shutdown(Duration drainTimeout) throws InterruptedException {
        if (ingest != null) {
            ingest.close();
        }
        running = false;
        worker.join();
        synchronized (lock) {
            keeper.closeAll();
        }
        boolean drained = publisher.drain(drainTimeout);
        Logger.info("agent stopping: {}", drained ? "every report acknowledged" : "unacknowledged reports stay spooled");
        close();
    }

    /**
     * Abrupt stop, as {@code kill -9} leaves the agent: no window sealed, nothing flushed, no checkpoint beyond the
     * last one written; the worker, ingest, status and publisher threads end (the broker sees the link drop and
     * publishes the will) and the spool file is closed, so a new instance can open the same folders in this JVM.
     */
    public void halt() throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join();
        if (status != null) {
            status.close();
        }
        if (ingest != null) {
            ingest.close();
        }
        publisher.halt();
        try {
            spool.close();
        } catch (java.io.IOException e) {
            Logger.warn("spool: close failed ({})", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        running = false;
        if (status != null) {
            status.close();
        }
        if (ingest != null) {
            ingest.close();
        }
        publisher.close();
        try {
            spool.close();
        } catch (java.io.IOException e) {
            Logger.warn("spool: close failed ({})", e.getClass().getSimpleName());
        }
    }
}
