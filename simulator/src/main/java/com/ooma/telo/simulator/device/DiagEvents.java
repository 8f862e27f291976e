package com.ooma.telo.simulator.device;

import com.ooma.telo.simulator.event.EventTypes;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.household.Draws;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code diag.log} lines as the hub's own software writes them. Personal lines quote what firmware logs really quote:
 * the registration URI with the WAN address, the 911 address being provisioned, a caller's name and number, the
 * MAC, the voicemail email, the digits collected by a menu.
 */
final class DiagEvents {
    private static final long DAY_MS = 86_400_000L;
    private static final List<String> PLAIN = List.of(
            "sipua: registration refreshed",
            "dect: base firmware check ok",
            "wan: dhcp lease renewed",
            "media: jitter buffer resized",
            "ntp: clock synchronised",
            "storage: flash wear level nominal");

    /** The personal values a line may quote. */
    record Quotable(String lineNumber, String wanIp, String mac, String e911Address, String email,
            String callerName, String callerNumber, String card) {}

    private DiagEvents() {}

    static List<PlayedEvent> play(DiagnosticsProfile p, long start, long end, Quotable q, Draws draws) {
        List<PlayedEvent> out = new ArrayList<>();
        int n = draws.poisson(p.linesPerDay() * (end - start) / DAY_MS);
        for (int i = 0; i < n; i++) {
            long at = draws.between(start, end);
            boolean personal = draws.chance(p.personalShare());
            String message = personal ? personal(q, draws) : draws.pick(PLAIN);
            out.add(PlayedEvent.of(EventTypes.DIAG_LOG, at)
                    .with("level", personal ? draws.pick(List.of("info", "warn", "debug")) : "info")
                    .with("component", message.substring(0, message.indexOf(':')))
                    .with("message", message)
                    .build());
        }
        return out;
    }

    private static String personal(Quotable q, Draws draws) {
        return switch (draws.uniform(0, 6)) {
            case 0 -> "sipua: REGISTER sip:+1" + q.lineNumber() + "@voip.example.net contact " + q.wanIp() + ":5060";
            case 1 -> "e911: provisioning address '" + q.e911Address() + "' for +1" + q.lineNumber();
            case 2 -> "callctl: incoming call from " + q.callerNumber() + " name=\"" + q.callerName() + "\"";
            case 3 -> "net: eth0 hwaddr " + q.mac() + " inet " + q.wanIp();
            case 4 -> "voicemail: notify " + q.email();
            case 5 -> "ivr: collected digits " + q.card();
            default -> "wan: public address now " + q.wanIp();
        };
    }
}
