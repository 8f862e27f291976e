package com.ooma.telo.agent.seal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test fixture: a freshly generated device and backend key set under one temp dir, with sealers and openers. */
final class KeyDirs {
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

    final Path device;
    final Path backend;
    final Path state;

    private KeyDirs(Path root) {
        this.device = root.resolve("device");
        this.backend = root.resolve("backend");
        this.state = root.resolve("state");
    }

    static KeyDirs create(Path root) throws IOException {
        KeyDirs dirs = new KeyDirs(root);
        KeyFiles.generateDevice(dirs.device);
        KeyFiles.generateBackend(dirs.backend);
        return dirs;
    }

    String deviceId() throws KeyLoadException {
        return KeyFiles.readDeviceId(device.resolve(KeyFiles.DEVICE_ID));
    }

    /** Device to backend, as the agent seals telemetry. */
    EnvelopeSealer telemetrySealer(Clock clock) throws IOException, KeyLoadException {
        return EnvelopeSealer.load(deviceId(), device.resolve(KeyFiles.DEVICE_SIGNING),
                backend.resolve("backend-kem.pub.pem"), state, clock);
    }

    /** The backend's view of this device's telemetry. */
    EnvelopeOpener backendOpener(Clock clock) throws KeyLoadException {
        return EnvelopeOpener.load(backend.resolve(KeyFiles.BACKEND_KEM), device.resolve("device-signing.pub.pem"),
                clock);
    }
}
