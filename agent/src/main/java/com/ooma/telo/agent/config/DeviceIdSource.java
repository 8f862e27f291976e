package com.ooma.telo.agent.config;

import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.KeyLoadException;
import java.nio.file.Path;

/**
 * Where {@code device.id} comes from: the config when it sets one, else the {@code device.id} file that provisioning
 * ({@code keys generate --role device}) wrote. So the shipped config needs no per-hub edit and one image serves every
 * hub. The file is {@code keys.device_id_file}; unset, it is {@code device.id} in the folder of
 * {@code keys.device_signing} (on a hub, {@code /var/lib/telo/keys/device.id}).
 */
final class DeviceIdSource {
    static final String FILE_KEY = "keys.device_id_file";

    private DeviceIdSource() {
    }

    /** The configured id, or the provisioned file's; a missing or malformed file names the file and the key. */
    static String resolve(ConfigValues v) throws ConfigException {
        String configured = v.optional("device.id");
        if (!configured.isEmpty()) {
            return configured;
        }
        Path file = v.optional(FILE_KEY).isEmpty()
                ? v.path("keys.device_signing").resolveSibling(KeyFiles.DEVICE_ID)
                : v.path(FILE_KEY);
        try {
            return KeyFiles.readDeviceId(file);
        } catch (KeyLoadException e) {
            throw new ConfigException("config key \"device.id\" is unset, and the provisioned device id cannot be"
                    + " read (" + FILE_KEY + "): " + e.getMessage());
        }
    }
}
