package com.ooma.telo.agent.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.agent.seal.CanonicalCbor;
import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.EnvelopeSealer;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.KeyRing;
import com.ooma.telo.agent.seal.MessageType;
import com.ooma.telo.agent.testing.FakeClock;
import com.ooma.telo.agent.seal.OpenResult;
import com.ooma.telo.agent.seal.TrustStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Test fixture: one device and one backend, both sides of the command path, sharing a hand-driven clock. */
final class CommandFixture {
    static final Instant START = Instant.parse("2026-11-26T12:00:00Z");

    final Path root;
    final Path device;
    final Path backend;
    final String deviceId;
    final FakeClock clock = new FakeClock(START);
    final RecordingDevice control = new RecordingDevice();
    final EnvelopeSealer backendSealer;
    final EnvelopeOpener backendOpener;

    CommandFixture(Path root) throws Exception {
        this.root = root;
        this.device = root.resolve("device");
        this.backend = root.resolve("backend");
        KeyFiles.generateDevice(device);
        KeyFiles.generateBackend(backend);
        this.deviceId = KeyFiles.readDeviceId(device.resolve(KeyFiles.DEVICE_ID));
        this.backendSealer = commandSealer(deviceId, root.resolve("backend-state"));
        KeyRing backendKeys = new KeyRing();
        backendKeys.addRecipient(KeyRing.ANY_DEVICE, backend.resolve(KeyFiles.BACKEND_KEM));
        backendKeys.addSender(deviceId, device.resolve("device-signing.pub.pem"));
        this.backendOpener = EnvelopeOpener.create(backendKeys, clock);
    }

    /** The agent side: a handler with its own state dir and the device's telemetry sealer for acks. */
    CommandHandler handler() throws Exception {
        return handler(root.resolve("device-state"));
    }

    CommandHandler handler(Path stateDir) throws Exception {
        return CommandHandler.load(deviceId, device.resolve(KeyFiles.DEVICE_KEM),
                backend.resolve("backend-command.pub.pem"), stateDir, ackSealer(), control, clock);
    }

    /** A handler that accepts trust bundles into {@code trust}. */
    CommandHandler handler(TrustStore trust) throws Exception {
        return CommandHandler.load(deviceId, device.resolve(KeyFiles.DEVICE_KEM),
                backend.resolve("backend-command.pub.pem"), root.resolve("device-state"), ackSealer(), control,
                Optional.of(trust), clock);
    }

    private EnvelopeSealer ackSealer() throws Exception {
        return EnvelopeSealer.load(deviceId, device.resolve(KeyFiles.DEVICE_SIGNING),
                backend.resolve("backend-kem.pub.pem"), root.resolve("device-seq"), clock);
    }

    /** The backend's command sealer for a device header id (sealed to this device's KEM key regardless). */
    EnvelopeSealer commandSealer(String headerDeviceId, Path stateDir) throws Exception {
        return EnvelopeSealer.load(headerDeviceId, backend.resolve(KeyFiles.BACKEND_COMMAND),
                device.resolve("device-kem.pub.pem"), stateDir, clock);
    }

    static byte[] plaintext(String verb, Map<String, Object> args, Instant expiresAt, String deviceId) {
        return CanonicalCbor.encode(Map.of("verb", verb, "args", args, "expires_at", expiresAt.toEpochMilli(),
                "device_id", deviceId));
    }

    /** A command for this device expiring in an hour. */
    byte[] command(String verb, Map<String, Object> args) {
        return backendSealer.seal(MessageType.COMMAND,
                plaintext(verb, args, clock.instant().plus(Duration.ofHours(1)), deviceId));
    }

    /** What the backend reads from an acknowledgement: opens it and parses the CBOR. */
    JsonNode openAck(byte[] sealedAck) {
        OpenResult r = backendOpener.open(sealedAck);
        if (!(r instanceof OpenResult.Opened opened)) {
            throw new AssertionError("backend refused the ack: " + r);
        }
        if (opened.header().type() != MessageType.COMMAND_ACK) {
            throw new AssertionError("ack sealed as " + opened.header().type());
        }
        return CanonicalCbor.parse(opened.plaintext()).orElseThrow();
    }
}
