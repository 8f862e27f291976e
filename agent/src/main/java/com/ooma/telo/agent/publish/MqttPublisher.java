package com.ooma.telo.agent.publish;

import com.ooma.telo.agent.config.BrokerSecurity;
import com.ooma.telo.agent.log.ThrottledLog;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.clock.ClockWatch;
import com.ooma.telo.agent.seal.Receipt;
import com.ooma.telo.agent.seal.ReceiptOpener;
import com.ooma.telo.agent.seal.TlsMaterial;
import com.ooma.telo.agent.spool.Spool;
import com.ooma.telo.agent.spool.SpoolRecord;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.tinylog.Logger;

/**
 * The publish stage: sends every pending spool record at QoS 1 and removes it from the spool on PUBACK. The spool is
 * the log, so Paho keeps nothing on disk; after a lost connection everything unacknowledged is sent again (the
 * backend drops duplicates by {@code seq}). One thread owns connecting and sending; Paho's threads only ack.
 * In receipt mode ({@link #receiptMode}) a PUBACK only moves a record to "awaiting receipt" ({@link ReceiptLedger});
 * it leaves the spool when a signed receipt from the collector covers it.
 *
 * <p>Every wait is bounded ({@link PublishTimeouts}) on the monotonic clock: a connect that has not reached CONNACK
 * by its deadline discards the client and counts a timeout; records in flight with no PUBACK for the ack deadline
 * mean a half-open link, and the connection is made again; reconnects back off with full jitter ({@link Backoff}).
 * Nothing that fails while connecting (TLS files, the will's seal) can leave the publisher waiting for ever.
 */
public final class MqttPublisher implements AutoCloseable {
    static final long TICK_MS = 500;
    /** QoS 1 messages awaiting PUBACK at once; a backlog after an outage drains in windows of this size. */
    static final int MAX_IN_FLIGHT = 64;
    /**
     * The largest inbound PUBLISH read whole: the largest envelope plus its topic and packet id. Anything larger is
     * read past by {@link InboundPacketGuard} and never held (Paho would allocate what the header announces).
     */
    static final long MAX_INBOUND_PUBLISH_BYTES = EnvelopeOpener.MAX_MESSAGE_BYTES + 2
            + InboundPacketGuard.MAX_TOPIC_BYTES + 2;

    private final String brokerUri;
    private final String clientId;
    private final BrokerSecurity security;
    private final PublishTimeouts timeouts;
    private final InboundPacketGuard.Listener oversize;
    private final Spool spool;
    private final Function<String, String> topicOf;
    private final PublishStats stats;
    private final LongSupplier nanos;
    private final Backoff backoff;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "telo-publish");
        t.setDaemon(true);
        return t;
    });
    private final Object acks = new Object();
    private volatile MqttAsyncClient client;
    private volatile CommandListener commands;
    /** Receipt mode (publish.ack=receipt): null in broker mode, where a PUBACK removes the record. */
    private volatile ReceiptLedger ledger;
    private volatile ReceiptOpener receipts;
    private volatile ReceiptTime receiptTime;
    private volatile ClockWatch clockWatch;
    private volatile java.util.function.Supplier<byte[]> will;
    /** The attempt in progress (0: none); callbacks of an attempt that was given up are ignored. */
    private volatile long attempt;
    private long attempts;
    private long attemptStartedNanos;
    /** When the records in flight last made progress (a PUBACK, or the first send after none were in flight). */
    private volatile long progressNanos;

    /** A publisher with no TLS settings of its own and no start delay (tests, a plain local broker). */
    public MqttPublisher(String brokerUri, String clientId, Spool spool, Function<String, String> topicOf,
                         PublishStats stats) throws MqttException {
        this(brokerUri, BrokerSecurity.none(), PublishTimeouts.standard().withStartDelayMax(Duration.ZERO),
                clientId, spool, topicOf, stats, System::nanoTime, new java.util.SplittableRandom());
    }

    /**
     * @param security TLS trust and identity and credentials, read afresh at each connect attempt
     * @param clientId the device id: never a serial number, MAC or phone number (docs/design.md §4)
     * @param nanos    the monotonic clock every deadline and backoff is measured on
     */
    public MqttPublisher(String brokerUri, BrokerSecurity security, PublishTimeouts timeouts, String clientId,
                         Spool spool, Function<String, String> topicOf, PublishStats stats, LongSupplier nanos,
                         RandomGenerator random) throws MqttException {
        this.brokerUri = brokerUri;
        this.clientId = clientId;
        this.security = security;
        this.timeouts = timeouts;
        this.oversize = oversizeListener(stats);
        this.spool = spool;
        this.topicOf = topicOf;
        this.stats = stats;
        this.nanos = nanos;
        this.drain = new DrainBucket(0, nanos); // unpaced until drainRate says otherwise
        this.backoff = new Backoff(nanos, random, timeouts.startDelayMax().toMillis());
        this.client = newClient();
    }

    private MqttAsyncClient newClient() throws MqttException {
        MqttAsyncClient c = new MqttAsyncClient(brokerUri, clientId, new MemoryPersistence());
        c.setCallback(new LostConnection(c));
        return c;
    }

    private static InboundPacketGuard.Listener oversizeListener(PublishStats stats) {
        return announced -> {
            long n = stats.cmdOversize.incrementAndGet();
            ThrottledLog.warn("publish: read past an inbound message of {} bytes (bound {}); {} so far", announced,
                    MAX_INBOUND_PUBLISH_BYTES, n);
        };
    }

    /**
     * The sockets of one connect attempt: every byte Paho reads from the broker passes the packet guard, over TLS or
     * not. TLS material is read from its files here, each time, so renewed files take effect at the next connect.
     */
    SocketFactory sockets() throws KeyLoadException {
        if (!brokerUri.startsWith("ssl://")) {
            return new GuardedSocketFactory(MAX_INBOUND_PUBLISH_BYTES, oversize);
        }
        SSLSocketFactory tls = security.hasTlsSettings()
                ? TlsMaterial.context(security.caFile(), security.clientCert(), security.clientKey())
                        .getSocketFactory()
                : (SSLSocketFactory) SSLSocketFactory.getDefault();
        return new GuardedSslSocketFactory(tls, security.tlsProtocols(), MAX_INBOUND_PUBLISH_BYTES, oversize);
    }

    /** Fails fast at start on TLS or credential files that cannot be used (exit 2); later failures are retried. */
    public void checkSecurity() throws KeyLoadException {
        sockets();
        if (security.passwordFile().isPresent()) {
            java.util.Arrays.fill(TlsMaterial.secret(security.passwordFile().get()), '\0');
        }
    }

    /** Subscribes the device's {@code cmd} topic (QoS 1) on every connect and hands what arrives to {@code l}. */
    public void onCommand(CommandListener l) {
        this.commands = l;
    }

    /**
     * Sets the last will: a sealed {@code state} message the broker publishes if the agent vanishes. Sealed afresh
     * at each connect, so it never carries anything readable to the broker; a supplier returning null means no will
     * for that connection (consent off).
     */
    private volatile java.util.function.Supplier<byte[]> birth = () -> null;
    private volatile DrainBucket drain;

    /**
     * Paces sending at {@code bytesPerSecond} (a token bucket with a few seconds of burst; 0 = unpaced): a backlog
     * drains at a rate that depends on nothing the household does. Call before {@link #start}.
     */
    public void drainRate(long bytesPerSecond) {
        this.drain = new DrainBucket(bytesPerSecond, nanos);
    }

    public void lastWill(java.util.function.Supplier<byte[]> sealedWill) {
        this.will = sealedWill;
    }

    /**
     * Sets the birth message: a sealed {@code state} message published once at each connect (QoS 1, not spooled:
     * the next connect sends a fresh one), the pair of the will. A supplier returning null means none (consent off).
     */
    public void birth(java.util.function.Supplier<byte[]> sealedBirth) {
        this.birth = sealedBirth;
    }

    /**
     * Ends the current session so the next connect registers the will afresh (after a consent change). The client is
     * replaced rather than reused, so no state of the old session can hold the next connect; what was in flight is
     * sent again after reconnecting (the spool still holds it).
     */
    public void renewSession() {
        thread.execute(() -> {
            discardClient(true);
            tick();
        });
    }

    /**
     * Receipt mode ({@code publish.ack=receipt}): a PUBACK no longer removes a record; it stays, "sent, awaiting
     * receipt", until a receipt on {@code receipt} (subscribed at each connect) covers it, and is sent again after
     * {@code timeout} on the monotonic clock and at each reconnect, through the drain bucket. Call before
     * {@link #start}.
     */
    public void receiptMode(ReceiptOpener opener, Duration timeout, ClockWatch clockWatch) {
        this.receipts = opener;
        this.ledger = new ReceiptLedger(timeout, nanos);
        this.clockWatch = clockWatch;
        ReceiptTime time = new ReceiptTime(nanos);
        time.inherit(spool.pending().stream().map(SpoolRecord::id).toList());
        this.receiptTime = time;
        stats.receiptMode();
    }

    public void start() {
        thread.scheduleWithFixedDelay(this::tick, 0, TICK_MS, TimeUnit.MILLISECONDS);
    }

    /** Asks for a send pass soon (after a new spool append). */
    public void kick() {
        thread.execute(this::tick);
    }

    public boolean isConnected() {
        return client.isConnected();
    }

    /** Whether a connect attempt is waiting for its CONNACK (or its failure) now. */
    public boolean isConnecting() {
        return attempt != 0;
    }

    /** Waits until the spool holds nothing unacknowledged, or the timeout passes; true when drained. */
    public boolean drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (acks) {
            while (!spool.pending().isEmpty()) {
                long leftMs = (deadline - System.nanoTime()) / 1_000_000;
                if (leftMs <= 0) {
                    return false;
                }
                kick();
                acks.wait(Math.min(leftMs, 200)); // woken by each PUBACK
            }
        }
        return true;
    }

    private void tick() {
        try {
            if (!client.isConnected()) {
                if (attempt != 0) {
                    checkConnectDeadline();
                } else if (backoff.due()) {
                    connect();
                }
                return;
            }
            if (!inFlight.isEmpty() && nanos.getAsLong() - progressNanos > timeouts.ackDeadline().toNanos()) {
                stats.recycled.incrementAndGet();
                ThrottledLog.warn("publish: no acknowledgement for {} s with {} in flight; reconnecting",
                        timeouts.ackDeadline().toSeconds(), inFlight.size());
                discardClient(false);
                backoff.lost();
                return;
            }
            ReceiptLedger waits = ledger;
            for (SpoolRecord r : spool.pending()) {
                if (waits != null && waits.holdBack(r.id())) {
                    continue; // PUBACKed, its receipt not yet due
                }
                if (!inFlight.add(r.id())) {
                    continue;
                }
                if (!spool.isPending(r.id())) {
                    inFlight.remove(r.id()); // acknowledged since the snapshot: never send it twice
                    continue;
                }
                if (!drain.take(r.sealedLength())) {
                    inFlight.remove(r.id());
                    stats.paced.incrementAndGet();
                    break; // the rest at the bucket's pace, on later ticks
                }
                if (!send(r)) {
                    break; // Paho's in-flight window is full: the rest go after the next PUBACKs
                }
            }
        } catch (RuntimeException e) {
            ThrottledLog.warn("publish: send pass failed: {}", e.getClass().getSimpleName());
        }
    }

    /** @return false when Paho refused because its in-flight window is full (not a failure: wait for acks) */
    private boolean send(SpoolRecord r) {
        MqttMessage m = new MqttMessage(r.sealed());
        m.setQos(1);
        m.setRetained(false);
        try {
            if (inFlight.size() == 1) {
                progressNanos = nanos.getAsLong(); // the ack clock starts with the first record in flight
            }
            boolean resend = ledger != null && ledger.awaiting(r.id());
            if (receiptTime != null) {
                receiptTime.sending(r.id()); // before it can reach a collector: the bound starts no later
            }
            client.publish(topicOf.apply(r.channel()), m, r.id(), new Acked());
            stats.sent.incrementAndGet();
            if (resend) {
                stats.receiptResends.incrementAndGet();
            }
            return true;
        } catch (MqttException e) {
            inFlight.remove(r.id());
            if (e.getReasonCode() == MqttException.REASON_CODE_MAX_INFLIGHT) {
                return false;
            }
            stats.failed.incrementAndGet();
            ThrottledLog.debug("publish: send refused (reason code {}); will retry", e.getReasonCode());
            return true;
        }
    }

    private void connect() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setAutomaticReconnect(false); // this class owns reconnecting, including the very first connect
        o.setConnectionTimeout((int) Math.max(1, timeouts.connectDeadline().toSeconds()));
        o.setKeepAliveInterval(60);
        o.setMaxInflight(MAX_IN_FLIGHT);
        try {
            o.setSocketFactory(sockets());
            if (security.username().isPresent()) {
                o.setUserName(security.username().get());
            }
            if (security.passwordFile().isPresent()) {
                o.setPassword(TlsMaterial.secret(security.passwordFile().get()));
            }
        } catch (KeyLoadException e) {
            failed(ConnectError.LOCAL_CONFIG, e.getMessage());
            return;
        }
        try {
            byte[] sealedWill = will == null ? null : will.get();
            if (sealedWill != null) {
                o.setWill(topicOf.apply("state"), sealedWill, 1, false);
            }
        } catch (RuntimeException e) {
            // The seal needs a seq block (a full disk can refuse it): connect without a will rather than not at all.
            stats.willUnsealed.incrementAndGet();
            ThrottledLog.warn("publish: last will could not be sealed ({}); connecting without one",
                    e.getClass().getSimpleName());
        }
        long id = ++attempts;
        attempt = id;
        attemptStartedNanos = nanos.getAsLong();
        try {
            client.connect(o, null, new Connected(id));
        } catch (MqttException e) {
            attempt = 0;
            failed(ConnectError.classify(e), reasonOf(e));
        }
    }

    /** A connect that outlived its deadline (no CONNACK: a silent peer, a stalled link) is abandoned. */
    private void checkConnectDeadline() {
        if (nanos.getAsLong() - attemptStartedNanos <= timeouts.connectDeadline().toNanos()) {
            return;
        }
        attempt = 0;
        discardClient(false);
        failed(ConnectError.TIMEOUT, "no CONNACK within " + timeouts.connectDeadline().toSeconds() + " s");
    }

    /**
     * Drops the current client, whatever state Paho holds it in, and starts a fresh one for the next connect.
     * In-flight records stay in the spool and are sent again.
     */
    private void discardClient(boolean disconnectCleanly) {
        MqttAsyncClient old = client;
        attempt = 0;
        inFlight.clear();
        try {
            if (disconnectCleanly && old.isConnected()) {
                // Quiesce 0: a command handler may be running on Paho's callback thread right now (a consent
                // change renews the session from inside it); waiting for it would wait for ourselves.
                old.disconnect(0).waitForCompletion(5_000);
            } else {
                old.disconnectForcibly(0, 1_000, false);
            }
        } catch (MqttException | RuntimeException e) {
            Logger.debug("publish: dropping the client: {}", e.getClass().getSimpleName());
        }
        try {
            old.close(true);
        } catch (MqttException | RuntimeException e) {
            Logger.debug("publish: closing the old client: {}", e.getClass().getSimpleName());
        }
        try {
            client = newClient(); // whatever state the old one was left in, the next connect uses a fresh one
        } catch (MqttException e) {
            ThrottledLog.warn("publish: cannot make a new client (reason code {})", e.getReasonCode());
        }
    }

    /** @param detail a reason code, exception type or file problem: never bytes the broker sent */
    private void failed(ConnectError error, String detail) {
        stats.connectFailed(error);
        long delay = backoff.failed();
        ThrottledLog.warn("publish: cannot connect to the broker: {} ({}); retrying in {} ms", error.label(), detail,
                delay);
    }

    private static String reasonOf(Throwable e) {
        return e instanceof MqttException m ? "reason code " + m.getReasonCode() : e.getClass().getSimpleName();
    }

    /**
     * Ends the publisher as a power cut would: its thread stops and the connection drops without a DISCONNECT, so
     * the broker publishes the will; what the spool holds stays there (an embedding's stand-in for {@code kill -9}).
     */
    public void halt() {
        thread.shutdownNow();
        try {
            client.disconnectForcibly(0, 0, false);
        } catch (MqttException | RuntimeException e) {
            Logger.debug("publish: halt: {}", e.getClass().getSimpleName());
        }
        try {
            client.close(true);
        } catch (MqttException | RuntimeException e) {
            Logger.debug("publish: halt: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect(2_000).waitForCompletion(3_000);
            }
            client.close(true);
        } catch (MqttException e) {
            Logger.debug("publish: close: reason code {}", e.getReasonCode());
        }
    }

    private final class Connected implements IMqttActionListener {
        private final long id;

        Connected(long id) {
            this.id = id;
        }

        @Override
        public void onSuccess(IMqttToken token) {
            thread.execute(() -> {
                if (attempt != id) {
                    return; // given up on already
                }
                attempt = 0;
                backoff.connected();
                stats.connects.incrementAndGet();
                ThrottledLog.info("publish: connected to the broker");
                if (ledger != null) {
                    ledger.reconnected(); // the broker may have lost what it acknowledged: send it again
                }
                subscribeCommands();
                subscribeReceipts();
                publishBirth();
                tick();
            });
        }

        @Override
        public void onFailure(IMqttToken token, Throwable e) {
            thread.execute(() -> {
                if (attempt != id) {
                    return;
                }
                attempt = 0;
                failed(ConnectError.classify(e), reasonOf(e));
            });
        }
    }

    private void publishBirth() {
        byte[] sealed;
        try {
            sealed = birth.get();
        } catch (RuntimeException e) {
            stats.birthUnsealed.incrementAndGet(); // a full disk refuses the seq: connected all the same
            return;
        }
        if (sealed == null || client == null) {
            return;
        }
        MqttMessage m = new MqttMessage(sealed);
        m.setQos(1);
        try {
            client.publish(topicOf.apply("state"), m);
            stats.births.incrementAndGet();
        } catch (MqttException e) {
            ThrottledLog.debug("publish: birth refused (reason code {})", e.getReasonCode());
        }
    }

    private void subscribeCommands() {
        if (commands == null) {
            return;
        }
        try {
            client.subscribe(topicOf.apply("cmd"), 1);
        } catch (MqttException e) {
            ThrottledLog.warn("publish: cannot subscribe to commands (reason code {})", e.getReasonCode());
        }
    }

    private void subscribeReceipts() {
        if (receipts == null) {
            return;
        }
        try {
            client.subscribe(topicOf.apply("receipt"), 1);
        } catch (MqttException e) {
            ThrottledLog.warn("publish: cannot subscribe to receipts (reason code {})", e.getReasonCode());
        }
    }

    /**
     * One message from {@code receipt}: opened, checked, and what it covers leaves the spool (durably). Its signed
     * {@code issued_at} and the monotonic clock also check the wall clock ({@link ReceiptTime}); one the wall clock
     * calls expired is taken when the monotonic clock shows it cannot be.
     */
    private void receipt(byte[] sealed, boolean retained) {
        ReceiptOpener.Outcome outcome = receipts.open(sealed, retained);
        if (outcome instanceof ReceiptOpener.Outcome.Refused r) {
            refuseReceipt(r.reason());
            return;
        }
        boolean wallExpired = outcome instanceof ReceiptOpener.Outcome.Expired;
        Receipt receipt = outcome instanceof ReceiptOpener.Outcome.Expired e ? e.receipt()
                : ((ReceiptOpener.Outcome.Accepted) outcome).receipt();
        List<SpoolRecord> pending = spool.pending();
        List<Long> covered = ledger.covers(receipt, pending);
        OptionalLong latestNow = receiptTime.latestNowMs(receipt, covered);
        if (clockWatch.checkAgainst(receipt.issuedAt().toEpochMilli(), latestNow)) {
            ThrottledLog.warn("publish: the wall clock disagrees with the backend's signed time by over {} s;"
                    + " envelopes go out unstamped for now", ClockWatch.JUMP_TOLERANCE.toSeconds());
        }
        if (wallExpired) {
            if (latestNow.isEmpty() || latestNow.getAsLong() >= receipt.expiresAt().toEpochMilli()) {
                refuseReceipt(ReceiptOpener.Refusal.EXPIRED);
                return;
            }
            stats.receiptsWallExpired.incrementAndGet(); // the wall clock is ahead; the monotonic one says fresh
        }
        stats.receiptsAccepted.incrementAndGet();
        ledger.forget(covered, pending); // what covers() found above, on the same snapshot of the spool
        covered.forEach(spool::ack);
        receiptTime.forget(covered);
        stats.receiptsCovered.addAndGet(covered.size());
        if (covered.isEmpty()) {
            stats.receiptsCoveredNone.incrementAndGet(); // already covered, or seqs this spool never held
        }
        stats.awaitingReceipt.set(ledger.size());
        synchronized (acks) {
            acks.notifyAll();
        }
    }

    private void refuseReceipt(ReceiptOpener.Refusal reason) {
        stats.receiptRefused(reason);
        ThrottledLog.warn("publish: receipt refused ({})", reason.label());
    }

    private final class Acked implements IMqttActionListener {
        @Override
        public void onSuccess(IMqttToken token) {
            long id = (Long) token.getUserContext();
            ReceiptLedger waits = ledger;
            if (waits == null) {
                spool.ack(id);
            } else {
                waits.pubacked(id); // before leaving inFlight, so no send pass takes it for unsent
                stats.awaitingReceipt.set(waits.size());
            }
            progressNanos = nanos.getAsLong();
            inFlight.remove(id);
            stats.acked.incrementAndGet();
            synchronized (acks) {
                acks.notifyAll();
            }
        }

        @Override
        public void onFailure(IMqttToken token, Throwable e) {
            inFlight.remove((Long) token.getUserContext());
            stats.failed.incrementAndGet();
        }
    }

    private final class LostConnection implements MqttCallback {
        private final MqttAsyncClient owner;

        LostConnection(MqttAsyncClient owner) {
            this.owner = owner;
        }

        @Override
        public void connectionLost(Throwable cause) {
            thread.execute(() -> {
                if (owner != client) {
                    return; // a client already discarded
                }
                stats.connectionsLost.incrementAndGet();
                inFlight.clear(); // a clean session forgets them: send again after reconnecting
                long delay = backoff.lost();
                ThrottledLog.warn("publish: connection lost ({}); reconnecting in {} ms", reasonOf(cause), delay);
            });
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            CommandListener l = commands;
            if (message.getPayload().length == 0) {
                return; // what the packet guard left of an oversize message (counted there): nothing to open
            }
            if (receipts != null && topic.equals(topicOf.apply("receipt"))) {
                receipt(message.getPayload(), message.isRetained());
            } else if (l != null) {
                l.command(message.getPayload(), message.isRetained());
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // Acks are handled per message by Acked.
        }
    }
}
