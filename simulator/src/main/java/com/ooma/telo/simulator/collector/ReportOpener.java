package com.ooma.telo.simulator.collector;

import com.ooma.telo.agent.seal.EnvelopeHeader;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.seal.OpenResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The simulator's only contact with the agent's {@code seal} package: makes a run's keys, and opens envelopes the
 * way the backend does (backend X25519 key, device Ed25519 public key, replay window).
 */
public final class ReportOpener implements EnvelopeReader {
    private final EnvelopeOpener opener;

    private ReportOpener(EnvelopeOpener opener) {
        this.opener = opener;
    }

    /** Generates device keys under {@code root/device} and backend keys under {@code root/backend}. */
    public static RunKeys generateKeys(Path root) throws IOException, KeyLoadException {
        Path device = root.resolve("device");
        Path backend = root.resolve("backend");
        KeyFiles.generateDevice(device);
        KeyFiles.generateBackend(backend);
        return new RunKeys(KeyFiles.readDeviceId(device.resolve(KeyFiles.DEVICE_ID)), device, backend);
    }

    /** Backend keys for a whole fleet under {@code backendDir} (one KEM key, one command key for receipts). */
    public static void generateBackend(Path backendDir) throws IOException, KeyLoadException {
        KeyFiles.generateBackend(backendDir);
    }

    /**
     * Device keys under {@code deviceDir} for a fleet whose backend keys are in {@code backendDir}; the device's
     * enrolment (what a device registry reads) is copied to {@code enrolmentCopy}.
     */
    public static RunKeys generateDevice(Path deviceDir, Path backendDir, Path enrolmentCopy)
            throws IOException, KeyLoadException {
        KeyFiles.generateDevice(deviceDir);
        java.nio.file.Files.copy(deviceDir.resolve(KeyFiles.ENROLMENT), enrolmentCopy,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new RunKeys(KeyFiles.readDeviceId(deviceDir.resolve(KeyFiles.DEVICE_ID)), deviceDir, backendDir);
    }

    public static ReportOpener forRun(RunKeys keys) throws KeyLoadException {
        return forKeys(keys.backendKemPrivate(), keys.deviceSigningPublic());
    }

    /** As {@link #forRun(RunKeys)}, judging freshness by {@code clock} (fleet mode: simulated time). */
    public static ReportOpener forRun(RunKeys keys, java.time.Clock clock) throws KeyLoadException {
        return new ReportOpener(EnvelopeOpener.load(keys.backendKemPrivate(), keys.deviceSigningPublic(), clock));
    }

    /** For a rig: the backend's X25519 private key and one device's Ed25519 public key. */
    public static ReportOpener forKeys(Path backendKemPrivatePem, Path deviceSigningPublicPem)
            throws KeyLoadException {
        return new ReportOpener(EnvelopeOpener.load(backendKemPrivatePem, deviceSigningPublicPem));
    }

    @Override
    public Opening open(byte[] sealed) {
        OpenResult result = opener.open(sealed);
        if (result instanceof OpenResult.Opened o) {
            EnvelopeHeader h = o.header();
            return new Opened(h.deviceIdHex(), h.seq(), h.timestampMs(), o.plaintext());
        }
        return new Rejected(((OpenResult.Rejected) result).reason().name());
    }
}
