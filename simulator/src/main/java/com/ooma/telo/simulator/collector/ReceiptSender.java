package com.ooma.telo.simulator.collector;

import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.seal.MessageType;
import com.ooma.telo.agent.seal.Receipt;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.tinylog.Logger;

/**
 * The backend's side of receipt mode (docs/wire-format.md "Receipts"): after a report is stored (or arrives again,
 * already stored: its earlier receipt may have been lost), its (device, kid, seq) is owed a receipt. Owed seqs are
 * coalesced: every {@code every} (1 s by default) each device with something owed gets one receipt per signing kid,
 * naming the seqs as ranges, sealed to the device's X25519 key from the registry, signed with the backend command key,
 * and published at QoS 1 on {@code telo/v1/<device>/receipt}. Seqs whose receipt could not be published stay owed.
 * A collector fleet split by device needs nothing more: each member receipts what it stored, under the one key every
 * device trusts. Seq state of the receipt envelopes lives in {@code stateDir/<device>/}.
 */
public final class ReceiptSender implements AutoCloseable {
    public static final Duration DEFAULT_EVERY = Duration.ofSeconds(1);
    /** How long a receipt stays valid: long enough to sit in a broker queue, short enough to bound a replay. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private final DeviceRegistry registry;
    private final Path backendCommandPrivatePem;
    private final Path stateDir;
    private final Clock clock;
    private final Map<String, Map<Integer, TreeSet<Long>>> owed = new TreeMap<>();
    private final Map<String, EnvelopeSealer> sealers = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "collector-receipts");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger seqsNamed = new AtomicInteger();
    private final AtomicInteger unsendable = new AtomicInteger();
    private volatile MqttClient client;

    private ReceiptSender(DeviceRegistry registry, Path backendCommandPrivatePem, Path stateDir, Clock clock) {
        this.registry = registry;
        this.backendCommandPrivatePem = backendCommandPrivatePem;
        this.stateDir = stateDir;
        this.clock = clock;
    }

    /** Starts the coalescing timer; receipts go out once {@link #publishVia} has given a connected client. */
    public static ReceiptSender start(DeviceRegistry registry, Path backendCommandPrivatePem, Path stateDir,
            Clock clock, Duration every) {
        ReceiptSender s = new ReceiptSender(registry, backendCommandPrivatePem, stateDir, clock);
        s.timer.scheduleWithFixedDelay(s::flush, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return s;
    }

    /** The MQTT client receipts are published with (the collector's own connection). */
    void publishVia(MqttClient c) {
        this.client = c;
    }

    /** Report {@code seq} of signing key {@code kid} from {@code deviceIdHex} is stored: a receipt is owed. */
    synchronized void owe(String deviceIdHex, int kid, long seq) {
        owed.computeIfAbsent(deviceIdHex, d -> new TreeMap<>()).computeIfAbsent(kid, k -> new TreeSet<>()).add(seq);
    }

    /** Receipts published. */
    public int sent() {
        return sent.get();
    }

    /** Seqs named in published receipts (a seq named twice counts twice). */
    public int seqsNamed() {
        return seqsNamed.get();
    }

    /** Receipts that could not be sealed (no KEM key enrolled, key files unreadable). */
    public int unsendable() {
        return unsendable.get();
    }

    /** Sends what is owed now; package-private so tests need not wait for the timer. */
    void flush() {
        MqttClient c = client;
        if (c == null || !c.isConnected()) {
            return;
        }
        Map<String, Map<Integer, TreeSet<Long>>> due;
        synchronized (this) {
            due = new TreeMap<>(owed);
            owed.clear();
        }
        due.forEach((device, byKid) -> byKid.forEach((kid, seqs) -> {
            List<Receipt.SeqRange> ranges = Receipt.rangesOf(seqs);
            for (int i = 0; i < ranges.size(); i += Receipt.MAX_RANGES) {
                List<Receipt.SeqRange> part = ranges.subList(i, Math.min(ranges.size(), i + Receipt.MAX_RANGES));
                if (!send(c, device, kid, part)) {
                    part.forEach(r -> {
                        for (long s = r.from(); s <= r.to(); s++) {
                            owe(device, kid, s); // owed again: the next flush tries once more
                        }
                    });
                }
            }
        }));
    }

    private boolean send(MqttClient c, String device, int kid, List<Receipt.SeqRange> ranges) {
        Optional<EnvelopeSealer> sealer = sealer(device);
        if (sealer.isEmpty()) {
            unsendable.incrementAndGet();
            return true; // nothing will make it sendable: not owed again
        }
        Instant now = clock.instant();
        byte[] sealed = sealer.get().seal(MessageType.RECEIPT,
                new Receipt(device, kid, ranges, now, now.plus(LIFETIME)).encode());
        MqttMessage m = new MqttMessage(sealed);
        m.setQos(1);
        try {
            c.publish("telo/v1/" + device + "/receipt", m);
            sent.incrementAndGet();
            ranges.forEach(r -> seqsNamed.addAndGet((int) (r.to() - r.from() + 1)));
            return true;
        } catch (MqttException e) {
            Logger.debug("receipt to {} not published (reason code {}); kept for the next pass", device,
                    e.getReasonCode());
            return false;
        }
    }

    private synchronized Optional<EnvelopeSealer> sealer(String device) {
        EnvelopeSealer s = sealers.get(device);
        if (s != null) {
            return Optional.of(s);
        }
        Optional<byte[]> kem = registry.kemPublic(device);
        if (kem.isEmpty()) {
            return Optional.empty();
        }
        try {
            s = EnvelopeSealer.load(device, backendCommandPrivatePem, kem.get(), stateDir.resolve(device), clock);
        } catch (KeyLoadException | IOException | RuntimeException e) {
            Logger.warn("receipts for {} cannot be sealed ({})", device, e.getClass().getSimpleName());
            return Optional.empty();
        }
        sealers.put(device, s);
        return Optional.of(s);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
