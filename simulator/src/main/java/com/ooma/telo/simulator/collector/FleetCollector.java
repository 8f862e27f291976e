package com.ooma.telo.simulator.collector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.ooma.telo.agent.seal.EnvelopeHeader;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.OpenResult;
import com.ooma.telo.agent.seal.RejectReason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.tinylog.Logger;

/**
 * One member of the backend's collector fleet. Subscribes (QoS 1) to every device's topics, through an MQTT shared
 * subscription {@code $share/GROUP/telo/v1/+/+} when given a group, so several members split one fleet's messages
 * (each message goes to one member); opens each envelope with keys from the {@link DeviceRegistry}, looked up by
 * (device, kid); stores each report once across the fleet through the shared {@link ReportStore}, keyed by
 * (device, boot epoch, seq); and calls the {@link ReportStored} hook once per stored report. A duplicate (QoS 1
 * redelivery, or a replay this member already opened) is counted, never an error. Reconnects by itself after the
 * broker restarts, and subscribes again. With a {@link ReceiptSender} ({@link Options}) every stored report, and every
 * duplicate of one (its receipt may have been lost), is owed a delivery receipt to its device; with a persistent
 * session the broker queues messages for this member while it is away (a broker crash then loses the queue).
 */
public final class FleetCollector implements AutoCloseable {
    public static final String ALL_DEVICES = "telo/v1/+/+";
    private static final int HEADER_DEVICE_ID = 6;
    private static final int HEADER_SEQ = 30;
    private static final int HEADER_SENDER_KID = 22;
    private static final String RECEIPT_CHANNEL = "receipt";
    private static final int RECONNECT_MAX_DELAY_MS = 1_000;
    private static final CBORMapper CBOR = new CBORMapper();

    private final String name;
    private final String filter;
    private final EnvelopeOpener opener;
    private final ReportStore store;
    private final ReportStored hook;
    private final Clock clock;
    private final MqttClient client;
    private final Options options;
    private final List<StoredReport> stored = new ArrayList<>();
    private final Set<String> openedHere = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> rejected = new TreeMap<>();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final Map<String, Integer> duplicatesByDevice = new TreeMap<>();
    private final Map<String, Map<String, Integer>> rejectedByTopicDevice = new TreeMap<>();

    /**
     * How a member connects and what it owes devices.
     *
     * @param persistentSession clean session false: the broker keeps this member's subscription and queues QoS 1
     *                          messages while it is away (what a real backend does, and what a broker crash loses)
     * @param receipts          sends delivery receipts for what this member stores; null: none (broker-ack devices)
     */
    public record Options(boolean persistentSession, ReceiptSender receipts) {
        public static Options standard() {
            return new Options(false, null);
        }
    }

    private FleetCollector(String name, String brokerUri, String group, DeviceRegistry registry, ReportStore store,
            ReportStored hook, Clock clock, Options options) throws MqttException {
        this.options = options;
        this.name = name;
        this.filter = group == null ? ALL_DEVICES : "$share/" + group + "/" + ALL_DEVICES;
        this.opener = EnvelopeOpener.create(registry.ring(), clock);
        this.store = store;
        this.hook = hook;
        this.clock = clock;
        this.client = new MqttClient(brokerUri, "telo-collector-" + name, new MemoryPersistence());
    }

    /**
     * Connects and subscribes.
     *
     * @param name  this member's name (its client id is {@code telo-collector-NAME}: never anything personal)
     * @param group the shared-subscription group, or null for a plain subscription (a broker without {@code $share})
     */
    public static FleetCollector start(String name, String brokerUri, String group, DeviceRegistry registry,
            ReportStore store, ReportStored hook, Clock clock) throws MqttException {
        return start(name, brokerUri, group, registry, store, hook, clock, Options.standard());
    }

    /** As above, with a persistent session and/or delivery receipts. */
    public static FleetCollector start(String name, String brokerUri, String group, DeviceRegistry registry,
            ReportStore store, ReportStored hook, Clock clock, Options o) throws MqttException {
        FleetCollector c = new FleetCollector(name, brokerUri, group, registry, store, hook, clock, o);
        c.client.setCallback(c.new Receiver());
        if (o.receipts() != null) {
            o.receipts().publishVia(c.client);
        }
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(!o.persistentSession());
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(RECONNECT_MAX_DELAY_MS);
        options.setMaxInflight(1000);
        c.client.connect(options);
        c.client.subscribe(c.filter, 1);
        return c;
    }

    public String name() {
        return name;
    }

    public String filter() {
        return filter;
    }

    /** Reports this member stored, in arrival order. */
    public synchronized List<StoredReport> stored() {
        return List.copyOf(stored);
    }

    /** Messages that reached this member. */
    public int received() {
        return received.get();
    }

    public int duplicates() {
        return duplicates.get();
    }

    /** Messages that did not open, by reason (never their bytes). */
    public synchronized Map<String, Integer> rejected() {
        return Map.copyOf(rejected);
    }

    /** Duplicates this member dropped, by device (a harness reconciles per device). */
    public synchronized Map<String, Integer> duplicatesByDevice() {
        return Map.copyOf(duplicatesByDevice);
    }

    /**
     * Messages that did not open, by the device id in their topic (unauthenticated: it says where a refusal
     * landed, not who sent it), then by reason.
     */
    public synchronized Map<String, Map<String, Integer>> rejectedByTopicDevice() {
        Map<String, Map<String, Integer>> copy = new TreeMap<>();
        rejectedByTopicDevice.forEach((d, m) -> copy.put(d, Map.copyOf(m)));
        return copy;
    }

    public boolean connected() {
        return client.isConnected();
    }

    /** What one message became; package-private so tests can feed bytes without a broker. */
    void accept(String topic, byte[] payload) {
        if (topic.endsWith("/" + RECEIPT_CHANNEL)) {
            return; // receipts go to devices (this member's own among them): nothing a collector opens
        }
        received.incrementAndGet();
        OpenResult result = opener.open(payload);
        if (result instanceof OpenResult.Rejected r) {
            if (r.reason() == RejectReason.REPLAY && openedHere.contains(headerKey(payload))) {
                duplicate(headerKey(payload).substring(0, 32)); // authentic (signature checked first), opened here
                ByteBuffer b = ByteBuffer.wrap(payload);
                owe(headerKey(payload).substring(0, 32), b.getInt(HEADER_SENDER_KID), b.getLong(HEADER_SEQ));
            } else {
                reject(topic, r.reason() == RejectReason.REPLAY ? "REPLAY_OUTSIDE_WINDOW" : r.reason().name());
            }
            return;
        }
        OpenResult.Opened o = (OpenResult.Opened) result;
        EnvelopeHeader h = o.header();
        String channel = topic.substring(topic.lastIndexOf('/') + 1);
        if (!topic.equals("telo/v1/" + h.deviceIdHex() + "/" + channel)) {
            reject(topic, "TOPIC_NOT_HEADER_DEVICE");
            return;
        }
        openedHere.add(h.deviceIdHex() + "/" + h.seq());
        JsonNode body;
        try {
            body = CBOR.readTree(o.plaintext());
        } catch (IOException notCbor) {
            reject(topic, "NOT_CBOR");
            return;
        }
        long boot = body.path("boot").asLong(-1);
        if (!store.claim(h.deviceIdHex(), boot, h.seq())) {
            duplicate(h.deviceIdHex());
            owe(h.deviceIdHex(), h.senderKid(), h.seq()); // stored before: its receipt may have been lost
            return;
        }
        OpenedReport report = new OpenedReport(new ReceivedMessage(received.get(), topic, payload),
                h.deviceIdHex(), h.seq(), h.timestampMs(), o.plaintext(), body);
        synchronized (this) {
            stored.add(new StoredReport(report, boot, clock.millis(), name));
        }
        hook.stored(report, boot);
        owe(h.deviceIdHex(), h.senderKid(), h.seq());
    }

    private void owe(String deviceIdHex, int kid, long seq) {
        if (options.receipts() != null) {
            options.receipts().owe(deviceIdHex, kid, seq);
        }
    }

    private synchronized void reject(String topic, String reason) {
        rejected.merge(reason, 1, Integer::sum);
        String[] parts = topic.split("/");
        String device = parts.length > 2 ? parts[2] : "";
        rejectedByTopicDevice.computeIfAbsent(device, d -> new TreeMap<>()).merge(reason, 1, Integer::sum);
    }

    private synchronized void duplicate(String deviceIdHex) {
        duplicates.incrementAndGet();
        duplicatesByDevice.merge(deviceIdHex, 1, Integer::sum);
    }

    /** (device, seq) from an envelope the opener authenticated (REPLAY comes after the signature check). */
    private static String headerKey(byte[] sealed) {
        ByteBuffer b = ByteBuffer.wrap(sealed);
        byte[] id = new byte[16];
        b.position(HEADER_DEVICE_ID);
        b.get(id);
        return HexFormat.of().formatHex(id) + "/" + b.getLong(HEADER_SEQ);
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect();
            }
            client.close();
        } catch (MqttException e) {
            Logger.warn("collector {} did not close cleanly (reason code {})", name, e.getReasonCode());
        }
    }

    private final class Receiver implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            if (reconnect) {
                // A clean session forgets subscriptions. Off Paho's callback thread: a blocking call there can wait
                // on the thread that must deliver its answer.
                Thread t = new Thread(() -> {
                    try {
                        client.subscribe(filter, 1);
                    } catch (MqttException e) {
                        Logger.warn("collector {} could not subscribe again (reason code {})", name,
                                e.getReasonCode());
                    }
                }, "collector-resubscribe");
                t.setDaemon(true);
                t.start();
            }
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            accept(topic, message.getPayload());
        }

        @Override
        public void connectionLost(Throwable cause) {
            Logger.info("collector {} lost its broker connection; reconnecting", name);
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // The collector never publishes.
        }
    }
}
