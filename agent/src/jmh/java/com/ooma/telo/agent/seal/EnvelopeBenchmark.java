package com.ooma.telo.agent.seal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Envelope v1 cost per message: sealing a usage-sized payload (7,680 bytes, what every daily report is padded to),
 * and opening it on the backend side (signature check, HPKE open, replay window). One thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnvelopeBenchmark {
    private static final int PAYLOAD_BYTES = 7_680;

    private EnvelopeSealer sealer;
    private KeyRing backendKeys;
    private EnvelopeOpener opener;
    private byte[] payload;
    private byte[] sealed;

    @Setup
    public void keys() throws Exception {
        Path dir = Files.createTempDirectory("telo-bench");
        KeyFiles.generateDevice(dir.resolve("dev"));
        KeyFiles.generateBackend(dir.resolve("be"));
        String id = KeyFiles.readDeviceId(dir.resolve("dev/device.id"));
        sealer = EnvelopeSealer.load(id, dir.resolve("dev/device-signing.pem"), dir.resolve("be/backend-kem.pub.pem"),
                dir.resolve("state"), Clock.systemUTC());
        backendKeys = new KeyRing();
        backendKeys.addRecipient(KeyRing.ANY_DEVICE, dir.resolve("be/backend-kem.pem"));
        backendKeys.addSender(id, dir.resolve("dev/device-signing.pub.pem"));
        payload = new byte[PAYLOAD_BYTES];
    }

    /** A fresh message and a fresh replay window for each open, so every open takes the full path. */
    @Setup(Level.Invocation)
    public void freshMessage() {
        sealed = sealer.seal(MessageType.TELEMETRY, payload);
        opener = EnvelopeOpener.create(backendKeys, Clock.systemUTC());
    }

    @Benchmark
    public byte[] seal() {
        return sealer.seal(MessageType.TELEMETRY, payload);
    }

    @Benchmark
    public OpenResult open() {
        return opener.open(sealed);
    }
}
