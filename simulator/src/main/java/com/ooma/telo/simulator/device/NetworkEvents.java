package com.ooma.telo.simulator.device;

import com.ooma.telo.simulator.event.EventTypes;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.household.Draws;
import java.util.ArrayList;
import java.util.List;

/** {@code network.wan}, {@code network.rtt} and {@code network.dns_failure}. */
final class NetworkEvents {
    private static final long DAY_MS = 86_400_000L;
    private static final List<String> QNAMES = List.of("sbc.voip.example.net", "ntp.example.net",
            "fw.example.net", "telemetry.example.net");

    private NetworkEvents() {}

    /** The link comes up at the start with the first address, then every change goes down and comes back up. */
    static List<PlayedEvent> wan(long start, String firstIp, List<WanChanges.Change> changes, String gatewayMac) {
        List<PlayedEvent> out = new ArrayList<>();
        out.add(up(start, firstIp, null, gatewayMac));
        for (WanChanges.Change c : changes) {
            out.add(PlayedEvent.of(EventTypes.NETWORK_WAN, c.down().from()).with("state", "down").build());
            out.add(up(c.down().to(), c.wanIp(), c.addressChange() ? null : c.down().to() - c.down().from(),
                    gatewayMac));
        }
        return out;
    }

    private static PlayedEvent up(long at, String ip, Long outageMs, String gatewayMac) {
        return PlayedEvent.of(EventTypes.NETWORK_WAN, at)
                .with("state", "up")
                .with("wan_ip", ip)
                .with("outage_ms", outageMs)
                .with("gateway_mac", gatewayMac)
                .with("dns_servers", "192.0.2.1,192.0.2.2")
                .with("lease_s", 86_400)
                .build();
    }

    static List<PlayedEvent> rtt(NetworkProfile p, long start, long end, List<Window> down, Draws draws) {
        List<PlayedEvent> out = new ArrayList<>();
        long step = p.rttIntervalS() * 1000L;
        for (long t = start + step; t < end; t += step) {
            if (!Window.anyContains(down, t)) {
                long ms = Math.max(1, Math.min(60_000, Math.round(draws.lognormal(p.rttMedianMs(), p.rttSigma()))));
                out.add(PlayedEvent.of(EventTypes.NETWORK_RTT, t).with("rtt_ms", ms)
                        .with("target", "sbc.voip.example.net").build());
            }
        }
        return out;
    }

    static List<PlayedEvent> dnsFailures(NetworkProfile p, long start, long end, List<WanChanges.Change> changes,
            List<Window> rebooting, Draws draws) {
        List<PlayedEvent> out = new ArrayList<>();
        for (WanChanges.Change c : changes) {
            if (!c.addressChange()) {
                out.add(failure(c.down().from() + 1_000, "timeout", draws));
            }
        }
        int n = Math.max(out.isEmpty() ? 1 : 0, draws.poisson(p.dnsFailuresPerDay() * (end - start) / DAY_MS));
        for (int i = 0; i < n; i++) {
            long at = Window.endOfAnyHolding(rebooting, draws.between(start, end));
            if (at < end) {
                out.add(failure(at, draws.weightedKey(p.dnsFailureReasons()), draws));
            }
        }
        return out;
    }

    private static PlayedEvent failure(long at, String reason, Draws draws) {
        return PlayedEvent.of(EventTypes.NETWORK_DNS_FAILURE, at)
                .with("reason", reason)
                .with("server", "192.0.2.1")
                .with("qname", draws.pick(QNAMES))
                .build();
    }
}
