package com.ooma.telo.simulator.device;

import com.ooma.telo.simulator.household.Draws;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** When the WAN link goes down and comes back, and which address it has after each change. */
public final class WanChanges {
    private static final long DAY_MS = 86_400_000L;
    private static final long MAX_OUTAGE_MS = 7 * DAY_MS;

    /** The link is down over {@code down}; it comes back with {@code wanIp} ({@code addressChange}: a new lease). */
    public record Change(Window down, String wanIp, boolean addressChange) {}

    private WanChanges() {}

    static List<Change> plan(NetworkProfile p, long start, long end, String firstIp, Draws draws) {
        double days = (double) (end - start) / DAY_MS;
        List<Change> raw = new ArrayList<>();
        int outages = draws.poisson(p.outagesPerDay() * days);
        for (int i = 0; i < outages; i++) {
            long at = draws.between(start, end);
            long len = Math.max(1_000, Math.min(MAX_OUTAGE_MS,
                    Math.round(draws.lognormal(p.outageMedianS(), p.outageSigma()) * 1000)));
            raw.add(new Change(new Window(at, at + len), null, false));
        }
        int changes = draws.poisson(p.addressChangesPerDay() * days);
        for (int i = 0; i < changes; i++) {
            long at = draws.between(start, end);
            raw.add(new Change(new Window(at, at + draws.uniform(2_000, 8_000)), null, true));
        }
        raw.sort(Comparator.comparingLong(c -> c.down().from()));
        List<Change> out = new ArrayList<>();
        String ip = firstIp;
        long upUntil = Long.MIN_VALUE;
        for (Change c : raw) {
            if (c.down().from() < upUntil || c.down().to() >= end) {
                continue;
            }
            if (c.addressChange()) {
                ip = draws.chance(p.cgnatShare())
                        ? "100." + draws.uniform(64, 127) + "." + draws.uniform(0, 255) + "." + draws.uniform(1, 254)
                        : "203.0.113." + draws.uniform(1, 9);
            }
            out.add(new Change(c.down(), ip, c.addressChange()));
            upUntil = c.down().to();
        }
        return List.copyOf(out);
    }
}
