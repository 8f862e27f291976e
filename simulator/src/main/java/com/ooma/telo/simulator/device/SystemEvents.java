package com.ooma.telo.simulator.device;

import com.ooma.telo.simulator.event.EventTypes;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.household.Draws;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code system.boot}, {@code system.resources} and {@code system.config_changed}. */
final class SystemEvents {
    private static final long DAY_MS = 86_400_000L;

    private SystemEvents() {}

    static List<PlayedEvent> boots(List<Boots.Boot> boots, String serial) {
        List<PlayedEvent> out = new ArrayList<>();
        for (Boots.Boot b : boots) {
            out.add(PlayedEvent.of(EventTypes.SYSTEM_BOOT, b.upAt())
                    .with("reason", b.reason())
                    .with("firmware", b.firmware())
                    .with("serial", serial)
                    .build());
        }
        return out;
    }

    static List<PlayedEvent> resources(SystemProfile p, long start, long end, List<Boots.Boot> boots,
            List<Window> rebooting, Draws draws) {
        List<PlayedEvent> out = new ArrayList<>();
        long step = p.resourceIntervalS() * 1000L;
        for (long t = start + step; t < end; t += step) {
            if (Window.anyContains(rebooting, t)) {
                continue;
            }
            double cpu = Math.max(0, Math.min(100, draws.gaussian(p.cpuMeanPct(), p.cpuSdPct())));
            long mem = Math.max(0, Math.round(draws.gaussian(p.memFreeKbMean(), p.memFreeKbSd())));
            long writes = Math.round(-StrictMath.log(1 - draws.unit()) * p.storageWritesKbMean());
            out.add(PlayedEvent.of(EventTypes.SYSTEM_RESOURCES, t)
                    .with("cpu_pct", Math.round(cpu * 10) / 10.0)
                    .with("mem_free_kb", mem)
                    .with("storage_writes_kb", writes)
                    .with("firmware", Boots.firmwareAt(boots, p.firmware(), t))
                    .with("temperature_c", draws.uniform(38, 55))
                    .build());
        }
        return out;
    }

    /**
     * Settings changes at random times, plus the ones a run always makes (its 911 address and voicemail email, at
     * the given times): {@code values} maps a setting to what it is set to.
     */
    static List<PlayedEvent> configChanges(SystemProfile p, long start, long end, Map<String, List<String>> values,
            Map<Long, String[]> planted, Draws draws) {
        List<PlayedEvent> out = new ArrayList<>();
        planted.forEach((at, sv) -> out.add(change(at, sv[0], sv[1], sv.length > 2 ? sv[2] : null)));
        int n = draws.poisson(p.configChangesPerDay() * (end - start) / DAY_MS);
        for (int i = 0; i < n; i++) {
            String setting = draws.weightedKey(p.configSettings());
            List<String> choices = values.getOrDefault(setting, List.of("on", "off"));
            out.add(change(draws.between(start, end), setting, draws.pick(choices), draws.pick(choices)));
        }
        return out;
    }

    private static PlayedEvent change(long at, String setting, String value, String old) {
        return PlayedEvent.of(EventTypes.SYSTEM_CONFIG_CHANGED, at)
                .with("setting", setting)
                .with("value", value)
                .with("old_value", old)
                .build();
    }
}
