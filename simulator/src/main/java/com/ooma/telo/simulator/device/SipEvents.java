package com.ooma.telo.simulator.device;

import com.ooma.telo.simulator.event.EventTypes;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.household.Draws;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** {@code sip.register}: on schedule, at once after a boot or an outage, 408 and retries while the WAN is down. */
final class SipEvents {
    private SipEvents() {}

    static List<PlayedEvent> registrations(SipProfile p, long start, long end, String lineNumber,
            WanAddress wan, List<Window> wanDown, List<Window> rebooting, List<Long> comebacks, Draws draws) {
        List<PlayedEvent> out = new ArrayList<>();
        long every = p.intervalS() * 1000L;
        long retry = p.retryIntervalS() * 1000L;
        TreeSet<Long> restarts = new TreeSet<>(comebacks);
        long t = start + draws.uniform(1_000, (int) Math.min(every, Integer.MAX_VALUE));
        int attempt = 1;
        while (t < end) {
            if (Window.anyContains(rebooting, t)) {
                t = Window.endOfAnyHolding(rebooting, t);
                continue;
            }
            boolean down = Window.anyContains(wanDown, t);
            int code;
            long latency;
            if (down) {
                code = 408;
                latency = p.timeoutMs();
            } else {
                code = draws.chance(p.failureShare()) ? draws.pick(p.failureCodes()) : 200;
                latency = Math.min(120_000, Math.round(draws.lognormal(p.latencyMedianMs(), p.latencySigma())));
            }
            long done = t + latency;
            if (done >= end) {
                break;
            }
            out.add(PlayedEvent.of(EventTypes.SIP_REGISTER, done)
                    .with("response_code", code)
                    .with("latency_ms", latency)
                    .with("aor", "sip:+1" + lineNumber + "@voip.example.net")
                    .with("contact", "sip:+1" + lineNumber + "@" + wan.at(t) + ":5060")
                    .with("registrar", "sbc.voip.example.net")
                    .with("expires", p.intervalS())
                    .with("attempt", attempt)
                    .build());
            attempt = code == 200 ? 1 : attempt + 1;
            long next = code == 200 ? done + every : done + retry;
            // After a boot or the link's return the hub registers at once instead of waiting for its schedule.
            Long comeback = restarts.higher(done);
            if (comeback != null && comeback < next) {
                next = comeback + 500;
            }
            t = next;
        }
        return out;
    }
}
