package com.ooma.telo.simulator.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.agent.seal.CanonicalCbor;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.seal.MessageType;
import com.ooma.telo.agent.seal.OpenResult;
import com.ooma.telo.simulator.broker.BrokerConnection;
import com.ooma.telo.simulator.diag.BundleFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code command}: what the backend does to send one signed command to one unit on a bench (commands.md), and
 * what it gets back. Seals {@code {verb, args, expires_at, device_id}} with the backend command key to the device's
 * KEM key, publishes it on {@code telo/v1/<id>/cmd} (QoS 1, not retained: a device ignores retained commands), then
 * waits on {@code state} for the acknowledgement carrying this command's seq and prints it as one JSON line. With
 * {@code --save-bundle DIR} a {@code diag_bundle} command also waits for the bundle on {@code diag} and saves it as
 * {@code diag} does.
 */
@Command(name = "command", mixinStandardHelpOptions = true,
        description = {"Sign one command as the backend, send it to a device over a broker, print its acknowledgement.",
            "The device must be connected: nothing is retained. With --save-bundle, diag_bundle's bundle is saved too.",
            "Exit 0 when acknowledged without error (and the bundle saved); 1 when refused, unanswered or no bundle;"
                + " 2 on bad keys, arguments or broker."})
public final class SendCommand implements Callable<Integer> {
    /** The envelope header's seq field: 8 bytes big-endian at offset 30 (wire-format.md, "Header"). */
    static final int SEQ_OFFSET = 30;

    @Spec
    CommandSpec spec;

    @Option(names = "--broker", required = true, description = "broker URL, e.g. tcp://127.0.0.1:1883")
    String broker;

    @Option(names = "--device-id", required = true, description = "the device's id (32 hex digits, device.id)")
    String deviceId;

    @Option(names = "--command-key", required = true, description = "backend-command.pem (Ed25519 private)")
    Path commandKey;

    @Option(names = "--device-kem", required = true, description = "the device's device-kem.pub.pem (X25519 public)")
    Path deviceKem;

    @Option(names = "--backend-key", required = true, description = "backend-kem.pem, to open the acknowledgement")
    Path backendKey;

    @Option(names = "--device-key", required = true, description = "device-signing.pub.pem, to verify it")
    Path deviceKey;

    @Option(names = "--state", defaultValue = "backend-state",
            description = "folder for the backend's command seq counter (default ${DEFAULT-VALUE}); keep it per backend")
    Path state;

    @Option(names = "--arg", description = "a text argument, key=value (repeat), e.g. --arg level=full")
    Map<String, String> args = new LinkedHashMap<>();

    @Option(names = "--arg-file", description = "a byte-string argument read from a file, key=path (set_trust_bundle)")
    Map<String, Path> argFiles = new LinkedHashMap<>();

    @Option(names = "--expires", defaultValue = "PT10M", description = "how long the command stays valid (${DEFAULT-VALUE})")
    Duration expires;

    @Option(names = "--wait", defaultValue = "PT60S", description = "how long to wait for the answer (${DEFAULT-VALUE})")
    Duration wait;

    @Option(names = "--save-bundle", description = "diag_bundle: save the bundle that follows the ack into this folder")
    Path saveBundle;

    @Parameters(index = "0", paramLabel = "VERB", description = "ping, set_consent, set_intervals, diag_bundle, ...")
    String verb;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!deviceId.matches("[0-9a-f]{32}")) {
                err.println("command: --device-id must be 32 lower-case hex digits");
                return 2;
            }
            Map<String, Object> a = new LinkedHashMap<>(args);
            for (Map.Entry<String, Path> f : argFiles.entrySet()) {
                a.put(f.getKey(), Files.readAllBytes(f.getValue()));
            }
            EnvelopeSealer sealer = EnvelopeSealer.load(deviceId, commandKey, deviceKem, state, Clock.systemUTC());
            EnvelopeOpener opener = EnvelopeOpener.load(backendKey, deviceKey);
            byte[] sealed = sealer.seal(MessageType.COMMAND, CanonicalCbor.encode(Map.of("verb", verb, "args", a,
                    "expires_at", System.currentTimeMillis() + expires.toMillis(), "device_id", deviceId)));
            long cmdSeq = ByteBuffer.wrap(sealed, SEQ_OFFSET, 8).getLong();
            return exchange(sealed, cmdSeq, opener, out, err);
        } catch (KeyLoadException | IOException e) {
            err.println("command: " + e.getMessage());
            return 2;
        } catch (MqttException e) {
            err.println("command: broker " + broker + ": " + e.getMessage() + " (reason code " + e.getReasonCode() + ")");
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int exchange(byte[] sealed, long cmdSeq, EnvelopeOpener opener, PrintWriter out, PrintWriter err)
            throws MqttException, InterruptedException, IOException {
        String base = "telo/v1/" + deviceId + "/";
        BlockingQueue<MqttMessage> state = new LinkedBlockingQueue<>();
        BlockingQueue<MqttMessage> diag = new LinkedBlockingQueue<>();
        MqttClient client = BrokerConnection.open(broker, "telo-backend-cmd-" + Long.toHexString(System.nanoTime()),
                new Inbox(base, state, diag), null);
        try {
            client.subscribe(new String[] {base + "state", base + "diag"}, new int[] {1, 1});
            client.publish(base + "cmd", sealed, 1, false);
            long deadline = System.nanoTime() + wait.toNanos();
            Optional<JsonNode> ack = awaitAck(state, cmdSeq, opener, deadline);
            if (ack.isEmpty()) {
                err.println("command: no acknowledgement of seq " + cmdSeq + " within " + wait
                        + " (device offline, not subscribed yet, or it ignored the command: see its commands.ignored.*)");
                return 1;
            }
            out.println(ack.get());
            boolean ok = "ok".equals(ack.get().path("result").asText());
            if (!ok || saveBundle == null) {
                return ok ? 0 : 1;
            }
            return awaitBundle(diag, opener, deadline, out, err);
        } finally {
            if (client.isConnected()) {
                client.disconnect();
            }
            client.close();
        }
    }

    /** The acknowledgement naming {@code cmdSeq}; births and other acks on {@code state} are passed over. */
    private static Optional<JsonNode> awaitAck(BlockingQueue<MqttMessage> state, long cmdSeq, EnvelopeOpener opener,
                                               long deadline) throws InterruptedException {
        while (true) {
            MqttMessage m = state.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null) {
                return Optional.empty();
            }
            if (opener.open(m.getPayload()) instanceof OpenResult.Opened o && o.header().type() == MessageType.COMMAND_ACK) {
                Optional<JsonNode> ack = CanonicalCbor.parse(o.plaintext());
                if (ack.isPresent() && ack.get().path("cmd_seq").asLong(-1) == cmdSeq) {
                    return ack;
                }
            }
        }
    }

    private int awaitBundle(BlockingQueue<MqttMessage> diag, EnvelopeOpener opener, long deadline, PrintWriter out,
                            PrintWriter err) throws InterruptedException, IOException {
        while (true) {
            MqttMessage m = diag.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null) {
                err.println("command: acknowledged, but no bundle arrived on diag within " + wait
                        + " (it leaves on the drain schedule: try a longer --wait)");
                return 1;
            }
            OpenResult r = opener.open(m.getPayload());
            if (r instanceof OpenResult.Opened o && o.header().compressed()) {
                for (Path f : BundleFolder.write(o.plaintext(), saveBundle)) {
                    out.println(f);
                }
                return 0;
            }
            err.println("command: a message on diag was refused (" + (r instanceof OpenResult.Rejected j ? j.reason()
                    : "not compressed") + ")");
        }
    }

    /** Sorts arriving messages by topic. */
    private record Inbox(String base, BlockingQueue<MqttMessage> state, BlockingQueue<MqttMessage> diag)
            implements MqttCallback {
        @Override
        public void messageArrived(String topic, MqttMessage message) {
            if (topic.equals(base + "state")) {
                state.add(message);
            } else if (topic.equals(base + "diag")) {
                diag.add(message);
            }
        }

        @Override
        public void connectionLost(Throwable cause) {
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }
}
