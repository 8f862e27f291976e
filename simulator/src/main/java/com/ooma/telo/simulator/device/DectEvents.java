package com.ooma.telo.simulator.device;

import com.ooma.telo.simulator.event.EventTypes;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.household.Draws;
import java.util.ArrayList;
import java.util.List;

/** {@code dect.status}, {@code dect.link} and {@code dect.subscription}, with the handsets registered over time. */
final class DectEvents {
    private static final long WEEK_MS = 7 * 86_400_000L;
    private static final int MAX_HANDSETS = 10;
    private static final List<String> MODELS = List.of("HD3", "HD2", "DP1-i");

    private DectEvents() {}

    static List<PlayedEvent> play(DectProfile p, int handsetsAtStart, long start, long end, List<Window> rebooting,
            Draws draws) {
        // Subscription changes first: they decide how many handsets each later sample sees.
        // At least one per run, so that every run plays every declared type.
        int changes = Math.max(1, draws.poisson(p.subscriptionsPerWeek() * (end - start) / WEEK_MS));
        long[] at = new long[changes];
        for (int i = 0; i < changes; i++) {
            at[i] = draws.between(start, end);
        }
        java.util.Arrays.sort(at);
        List<PlayedEvent> out = new ArrayList<>();
        List<long[]> registeredFrom = new ArrayList<>();
        int registered = handsetsAtStart;
        registeredFrom.add(new long[] {start, registered});
        for (long t : at) {
            String action;
            if (draws.chance(p.subscriptionFailureShare())) {
                action = "failed";
            } else if (registered <= 1 || (registered < MAX_HANDSETS && draws.chance(0.6))) {
                action = "subscribed";
                registered++;
            } else {
                action = "unsubscribed";
                registered--;
            }
            registeredFrom.add(new long[] {t, registered});
            out.add(PlayedEvent.of(EventTypes.DECT_SUBSCRIPTION, t)
                    .with("action", action)
                    .with("handset", Math.max(1, registered))
                    .with("ipei", ipei(draws))
                    .with("model", draws.pick(MODELS))
                    .build());
        }
        long statusStep = p.statusIntervalS() * 1000L;
        for (long t = start + statusStep; t < end; t += statusStep) {
            if (!Window.anyContains(rebooting, t)) {
                out.add(PlayedEvent.of(EventTypes.DECT_STATUS, t).with("registered", registeredAt(registeredFrom, t))
                        .build());
            }
        }
        long linkStep = p.linkIntervalS() * 1000L;
        int turn = 0;
        for (long t = start + linkStep; t < end; t += linkStep) {
            int n = registeredAt(registeredFrom, t);
            if (n == 0 || Window.anyContains(rebooting, t)) {
                continue;
            }
            boolean away = draws.chance(p.outOfRangeShare());
            long rssi = Math.round(Math.max(-120, Math.min(0, draws.gaussian(p.rssiMeanDbm(), p.rssiSdDb()))));
            out.add(PlayedEvent.of(EventTypes.DECT_LINK, t)
                    .with("rssi_dbm", away ? null : rssi)
                    .with("out_of_range", away)
                    .with("handset", 1 + turn++ % n)
                    .with("battery_pct", draws.uniform(15, 100))
                    .build());
        }
        return out;
    }

    private static int registeredAt(List<long[]> from, long t) {
        int n = (int) from.get(0)[1];
        for (long[] f : from) {
            if (f[0] <= t) {
                n = (int) f[1];
            }
        }
        return n;
    }

    /** A DECT handset identity (IPEI): 5 + 7 + 1 digits, formatted as the base shows it. */
    private static String ipei(Draws draws) {
        return String.format(java.util.Locale.ROOT, "%05d %07d %d", draws.uniform(0, 99_999), draws.uniform(0, 9_999_999),
                draws.uniform(0, 9));
    }
}
