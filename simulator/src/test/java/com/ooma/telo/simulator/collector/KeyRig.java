package com.ooma.telo.simulator.collector;

import com.ooma.telo.agent.seal.KeyFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One device's and the backend's keys for a collector test, and the device registry holding the device's
 * enrolment: {@code dir/be} (backend), {@code dir/dev} (device), {@code dir/registry}.
 */
record KeyRig(Path be, Path dev, String deviceId, DeviceRegistry registry) {
    static KeyRig in(Path dir) throws Exception {
        Path be = dir.resolve("be");
        Path dev = dir.resolve("dev");
        KeyFiles.generateBackend(be);
        KeyFiles.generateDevice(dev);
        String id = KeyFiles.readDeviceId(dev.resolve(KeyFiles.DEVICE_ID));
        Path registryDir = Files.createDirectories(dir.resolve("registry"));
        Files.copy(dev.resolve(KeyFiles.ENROLMENT), registryDir.resolve("hub.json"));
        return new KeyRig(be, dev, id, DeviceRegistry.load(registryDir, be.resolve(KeyFiles.BACKEND_KEM)));
    }
}
