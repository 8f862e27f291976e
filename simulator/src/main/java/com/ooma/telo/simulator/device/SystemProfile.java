package com.ooma.telo.simulator.device;

import com.ooma.telo.agent.event.Labels;
import com.ooma.telo.simulator.household.Checks;
import java.util.List;
import java.util.Map;

/**
 * The hub itself: its firmware at the start and scheduled updates; unplanned reboots (Poisson per day, reasons by
 * weight; {@code firmware_update} is only ever the reason of an update), each followed by {@code bootDowntimeS}
 * without events; a resource sample ({@code system.resources}) every {@code resourceIntervalS} (CPU and free memory
 * normal, flash writes exponential around their mean); settings changed ({@code system.config_changed}, Poisson per
 * day, by weight), whose values may be personal (the 911 address, a forwarding number, an email).
 *
 * @param firmware the version at the start; any string (versions the agent does not list are reported as other)
 */
public record SystemProfile(String firmware, List<FirmwareUpdate> firmwareUpdates, double rebootsPerDay,
        Map<String, Double> bootReasons, int bootDowntimeS, int resourceIntervalS, double cpuMeanPct, double cpuSdPct,
        long memFreeKbMean, long memFreeKbSd, long storageWritesKbMean, double configChangesPerDay,
        Map<String, Double> configSettings) {

    public SystemProfile {
        Checks.present("system.firmware", firmware);
        firmwareUpdates = List.copyOf(Checks.present("system.firmware_updates", firmwareUpdates));
        Checks.nonNegative("system.reboots_per_day", rebootsPerDay);
        bootReasons = Weights.check("system.boot_reasons", bootReasons,
                Labels.BOOT_REASONS.stream().filter(r -> !r.equals("firmware_update")).toList());
        Checks.positive("system.boot_downtime_s", bootDowntimeS);
        Checks.positive("system.resource_interval_s", resourceIntervalS);
        Checks.between("system.cpu_mean_pct", cpuMeanPct, 0, 100);
        Checks.nonNegative("system.cpu_sd_pct", cpuSdPct);
        Checks.positive("system.mem_free_kb_mean", memFreeKbMean);
        Checks.nonNegative("system.mem_free_kb_sd", memFreeKbSd);
        Checks.nonNegative("system.storage_writes_kb_mean", storageWritesKbMean);
        Checks.nonNegative("system.config_changes_per_day", configChangesPerDay);
        configSettings = Weights.check("system.config_settings", configSettings, Labels.CONFIG_SETTINGS);
    }
}
