package com.ooma.telo.agent.publish;

import com.ooma.telo.agent.config.BrokerSecurity;
import com.ooma.telo.agent.log.ThrottledLog;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.seal.TlsMaterial;
import com.ooma.telo.agent.spool.Spool;
import com.ooma.telo.agent.spool.SpoolRecord;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
 */
public final class MqttPublisher implements AutoCloseable {
    static final long TICK_MS = 500;
    static final long MAX_BACKOFF_MS = 60_000;
    /** QoS 1 messages awaiting PUBACK at once; a backlog after an outage drains in windows of this size. */
    static final int MAX_IN_FLIGHT = 64;
    /**
     * The largest inbound PUBLISH read whole: the largest envelope plus its topic and packet id. Anything larger is
     * read past by {@link InboundPacketGuard} and never held (Paho would allocate what the header announces).
     */
    static final long MAX_INBOUND_PUBLISH_BYTES = EnvelopeOpener.MAX_MESSAGE_BYTES + 2
            + InboundPacketGuard.MAX_TOPIC_BYTES + 2;

    private final MqttAsyncClient client;
    private final String brokerUri;
    private final BrokerSecurity security;
    private final InboundPacketGuard.Listener oversize;
    private final Spool spool;
    private final Function<String, String> topicOf;
    private final PublishStats stats;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "telo-publish");
        t.setDaemon(true);
        return t;
    });
    private final Object acks = new Object();
    private volatile CommandListener commands;
    private volatile java.util.function.Supplier<byte[]> will;
    private volatile boolean connecting;
    private long nextConnectAtMs;
    private long backoffMs = 1_000;

    /** A publisher with no TLS settings of its own (tests, a plain local broker). */
    public MqttPublisher(String brokerUri, String clientId, Spool spool, Function<String, String> topicOf,
                         PublishStats stats) throws MqttException {
        this(brokerUri, BrokerSecurity.none(), clientId, spool, topicOf, stats);
    }

    /**
     * @param security TLS trust and identity and credentials, read afresh at each connect attempt
     * @param clientId the device id: never a serial number, MAC or phone number (docs/design.md §4)
     */
    public MqttPublisher(String brokerUri, BrokerSecurity security, String clientId, Spool spool,
                         Function<String, String> topicOf, PublishStats stats) throws MqttException {
        this.client = new MqttAsyncClient(brokerUri, clientId, new MemoryPersistence());
        this.brokerUri = brokerUri;
        this.security = security;
        this.oversize = oversizeListener(stats);
        this.spool = spool;
        this.topicOf = topicOf;
        this.stats = stats;
        client.setCallback(new LostConnection());
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
    public void lastWill(java.util.function.Supplier<byte[]> sealedWill) {
        this.will = sealedWill;
    }

    /**
     * Ends the current session so the next connect registers the will afresh (after a consent change). What was in
     * flight is sent again after reconnecting; the spool still holds it.
     */
    public void renewSession() {
        thread.execute(() -> {
            try {
                if (client.isConnected()) {
                    client.disconnect().waitForCompletion(5_000);
                }
            } catch (MqttException e) {
                Logger.debug("publish: renew session: reason code {}", e.getReasonCode());
            }
            inFlight.clear();
            tick();
        });
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
                connectIfDue();
                return;
            }
            for (SpoolRecord r : spool.pending()) {
                if (inFlight.add(r.id()) && !send(r)) {
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
            client.publish(topicOf.apply(r.channel()), m, r.id(), new Acked());
            stats.sent.incrementAndGet();
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

    private void connectIfDue() {
        long now = System.currentTimeMillis();
        if (connecting || now < nextConnectAtMs) {
            return;
        }
        connecting = true;
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setAutomaticReconnect(false); // this class owns reconnecting, including the very first connect
        o.setConnectionTimeout(10);
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
            connectFailed(ConnectError.LOCAL_CONFIG, e.getMessage());
            return;
        }
        byte[] sealedWill = will == null ? null : will.get();
        if (sealedWill != null) {
            o.setWill(topicOf.apply("state"), sealedWill, 1, false);
        }
        try {
            client.connect(o, null, new Connected());
        } catch (MqttException e) {
            connectFailed(e);
        }
    }

    private void connectFailed(Throwable e) {
        connectFailed(ConnectError.classify(e), reasonOf(e));
    }

    /** @param detail a reason code, exception type or file problem: never bytes the broker sent */
    private void connectFailed(ConnectError error, String detail) {
        connecting = false;
        stats.connectFailed(error);
        nextConnectAtMs = System.currentTimeMillis() + backoffMs;
        ThrottledLog.warn("publish: cannot connect to the broker: {} ({}); retrying in {} ms", error.label(), detail,
                backoffMs);
        backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
    }

    private static String reasonOf(Throwable e) {
        return e instanceof MqttException m ? "reason code " + m.getReasonCode() : e.getClass().getSimpleName();
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
        @Override
        public void onSuccess(IMqttToken token) {
            connecting = false;
            backoffMs = 1_000;
            stats.connects.incrementAndGet();
            ThrottledLog.info("publish: connected to the broker");
            subscribeCommands();
            kick();
        }

        @Override
        public void onFailure(IMqttToken token, Throwable e) {
            connectFailed(e);
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

    private final class Acked implements IMqttActionListener {
        @Override
        public void onSuccess(IMqttToken token) {
            long id = (Long) token.getUserContext();
            spool.ack(id);
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
        @Override
        public void connectionLost(Throwable cause) {
            stats.connectionsLost.incrementAndGet();
            inFlight.clear(); // a clean session forgets them: send again after reconnecting
            ThrottledLog.warn("publish: connection lost ({}); reconnecting", reasonOf(cause));
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            CommandListener l = commands;
            if (message.getPayload().length == 0) {
                return; // what the packet guard left of an oversize message (counted there): nothing to open
            }
            if (l != null) {
                l.command(message.getPayload(), message.isRetained());
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // Acks are handled per message by Acked.
        }
    }
}
