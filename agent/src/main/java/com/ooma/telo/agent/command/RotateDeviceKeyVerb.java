package com.ooma.telo.agent.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * {@code rotate_device_key}, no arguments: a new device signing key, announced under the old one before this ack
 * (which the new key signs). The ack's detail carries {@code new_signing_kid}.
 */
final class RotateDeviceKeyVerb implements Verb {
    @Override
    public String name() {
        return "rotate_device_key";
    }

    @Override
    public Reply run(JsonNode args, DeviceControl device) throws Exception {
        if (!args.isEmpty()) {
            return Reply.error(BAD_ARGS);
        }
        return Reply.ok(Map.of("new_signing_kid", device.rotateDeviceKey()));
    }
}
