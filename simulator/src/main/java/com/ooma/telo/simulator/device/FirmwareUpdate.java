package com.ooma.telo.simulator.device;

import com.ooma.telo.simulator.household.Checks;
import java.time.Duration;

/** A firmware update at {@code at} after the scenario starts: the hub reboots with reason firmware_update. */
public record FirmwareUpdate(Duration at, String version) {

    public FirmwareUpdate {
        Checks.present("system.firmware_updates[].at", at);
        if (at.isNegative()) {
            throw new IllegalArgumentException("system.firmware_updates[].at must not be negative, got " + at);
        }
        if (Checks.present("system.firmware_updates[].version", version).isBlank()) {
            throw new IllegalArgumentException("system.firmware_updates[].version is blank");
        }
    }
}
