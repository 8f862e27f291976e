package com.ooma.telo.agent.cli;

import com.ooma.telo.agent.seal.KeyFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: a provisioned agent folder (device keys in dev/, backend keys in be/) and its config file. */
final class RunFixture {
    private RunFixture() { }

    /** Writes {@code dir/agent.properties} pointing at fresh keys, free ports and no broker; {@code extra} last. */
    static Path config(Path dir, String extra) throws Exception {
        if (!Files.exists(dir.resolve("dev/device.id"))) {
            KeyFiles.generateDevice(dir.resolve("dev"));
            KeyFiles.generateBackend(dir.resolve("be"));
        }
        Path f = dir.resolve("agent.properties");
        Files.writeString(f, "device.id=" + KeyFiles.readDeviceId(dir.resolve("dev/device.id")) + "\n"
                + "keys.device_signing=dev/device-signing.pem\nkeys.device_kem=dev/device-kem.pem\n"
                + "keys.backend_public=be/backend-kem.pub.pem\nkeys.backend_command=be/backend-command.pub.pem\n"
                + "ingest.port=0\nstatus.port=0\n" + extra);
        return f;
    }
}
