package com.ooma.telo.simulator.device;

import com.ooma.telo.simulator.household.Draws;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** When the hub reboots, why, and which firmware it runs after each boot. */
public final class Boots {
    private static final long DAY_MS = 86_400_000L;

    /** One boot: the {@code system.boot} event is sent {@code downtimeMs} after {@code at}. */
    public record Boot(long at, String reason, String firmware, long downtimeMs) {
        public Window down() {
            return new Window(at, at + downtimeMs);
        }

        public long upAt() {
            return at + downtimeMs;
        }
    }

    private Boots() {}

    static List<Boot> plan(SystemProfile p, long start, long end, Draws draws) {
        long downtime = p.bootDowntimeS() * 1000L;
        List<long[]> updates = new ArrayList<>();
        for (int i = 0; i < p.firmwareUpdates().size(); i++) {
            long at = start + p.firmwareUpdates().get(i).at().toMillis();
            if (at < end) {
                updates.add(new long[] {at, i});
            }
        }
        // At least one boot per run, so that every run plays system.boot.
        int unplanned = Math.max(updates.isEmpty() ? 1 : 0, draws.poisson(p.rebootsPerDay() * (end - start) / DAY_MS));
        List<Boot> boots = new ArrayList<>();
        for (int i = 0; i < unplanned; i++) {
            boots.add(new Boot(draws.between(start, Math.max(start, end - downtime - 1)),
                    draws.weightedKey(p.bootReasons()), null, downtime));
        }
        for (long[] u : updates) {
            boots.add(new Boot(u[0], "firmware_update", p.firmwareUpdates().get((int) u[1]).version(), downtime));
        }
        boots.sort(Comparator.comparingLong(Boot::at));
        // Each boot runs the firmware of the latest update before it; boots inside another's downtime are dropped.
        List<Boot> out = new ArrayList<>();
        String firmware = p.firmware();
        long busyUntil = Long.MIN_VALUE;
        for (Boot b : boots) {
            if (b.at() < busyUntil || b.upAt() >= end) {
                continue;
            }
            firmware = b.firmware() != null ? b.firmware() : firmware;
            out.add(new Boot(b.at(), b.reason(), firmware, b.downtimeMs()));
            busyUntil = b.upAt();
        }
        return List.copyOf(out);
    }

    static String firmwareAt(List<Boot> boots, String initial, long t) {
        String fw = initial;
        for (Boot b : boots) {
            if (b.upAt() <= t) {
                fw = b.firmware();
            }
        }
        return fw;
    }
}
