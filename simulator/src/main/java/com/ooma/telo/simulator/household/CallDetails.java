package com.ooma.telo.simulator.household;

import com.ooma.telo.simulator.event.EventTypes;
import com.ooma.telo.simulator.event.PlayedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything the hub sends about one call besides its {@link CallEvent}: {@code call.setup} when it starts ringing
 * or dialling, {@code call.ended} (the call event with the block rule and typed DTMF digits added), and, for answered
 * calls, {@code call.quality}. Draws come from a generator of their own, so the calls themselves are the same
 * whether or not details are played.
 */
public final class CallDetails {
    private static final String SBC_ADDRESS = "198.51.100.5";

    private final VoiceQuality voice;
    private final CallSignalling signalling;
    private final Draws draws;
    private final String localMac;

    public CallDetails(VoiceQuality voice, CallSignalling signalling, Draws draws, String localMac) {
        this.voice = voice;
        this.signalling = signalling;
        this.draws = draws;
        this.localMac = localMac;
    }

    /** The call's events in the order the hub sends them; {@code dtmf} (may be null) is typed during the call. */
    public List<PlayedEvent> events(CallEvent c, String dtmf) {
        List<PlayedEvent> out = new ArrayList<>(3);
        out.add(setup(c));
        String typed = dtmf != null ? dtmf : ivrDigits(c);
        PlayedEvent ended = c.played();
        PlayedEvent.Builder b = PlayedEvent.of(ended.type(), ended.ts());
        ended.fields().forEach(b::with);
        b.with("blocked_by", c.disposition().equals("blocked") ? blockRule(c) : null);
        b.with("dtmf", typed);
        if (c.answered()) {
            out.add(quality(c));
        }
        out.add(out.size(), b.build());
        return out;
    }

    private PlayedEvent setup(CallEvent c) {
        boolean outbound = c.direction().equals("outbound");
        boolean hidden = c.remoteNumber().startsWith("*67") || c.remoteNumber().equals("anonymous");
        String local = "sip:" + c.localNumber() + "@voip.example.net";
        String remote = c.remoteNumber().equals("anonymous") ? "sip:anonymous@anonymous.invalid"
                : "sip:" + c.remoteNumber().replaceAll("[^0-9+*]", "") + "@voip.example.net";
        return PlayedEvent.of(EventTypes.CALL_SETUP, c.startedAt())
                .with("direction", c.direction())
                .with("post_dial_delay_ms", outbound
                        ? Math.min(120_000, Math.round(draws.lognormal(signalling.postDialDelayMedianMs(),
                                signalling.postDialDelaySigma()))) : null)
                .with("active_calls", 1)
                .with("privacy", hidden ? "id" : "none")
                .with("remote_number", c.remoteNumber())
                .with("remote_name", c.remoteName())
                .with("local_number", c.localNumber())
                .with("call_id", c.callId())
                .with("handset", c.handset())
                .with("from", outbound ? local : remote)
                .with("to", outbound ? remote : local)
                .with("p_asserted_identity", outbound || hidden ? null : remote)
                .build();
    }

    private PlayedEvent quality(CallEvent c) {
        boolean poor = draws.chance(voice.poorShare());
        double factor = poor ? voice.poorFactor() : 1;
        double mos = clamp(draws.gaussian(poor ? voice.poorMosMean() : voice.goodMosMean(), voice.mosSd()), 1, 4.5);
        boolean unavailable = draws.chance(voice.unavailableShare());
        double loss = clamp(draws.lognormal(voice.lossPctMedian(), voice.sigma()) * factor, 0, 100);
        double jitter = clamp(draws.lognormal(voice.jitterMsMedian(), voice.sigma()) * factor, 0, 10_000);
        double rtt = clamp(draws.lognormal(voice.roundTripMsMedian(), voice.sigma()), 1, 60_000);
        return PlayedEvent.of(EventTypes.CALL_QUALITY, c.ts())
                .with("codec", codecLabel(c.codec()))
                .with("mos_lq", unavailable ? 127 : round2(mos))
                .with("r_factor", Math.round(clamp(20 + (mos - 1) * 20, 0, 120)))
                .with("packet_loss_pct", round2(loss))
                .with("jitter_ms", Math.round(jitter))
                .with("round_trip_ms", Math.round(rtt))
                .with("remote_addr", SBC_ADDRESS)
                .with("local_addr", "192.168.1." + (20 + c.handset()))
                .with("local_mac", localMac)
                .with("call_id", c.callId())
                .with("local_id", "sip:" + c.localNumber() + "@voip.example.net")
                .with("start_ts", c.startedAt())
                .with("stop_ts", c.ts())
                .build();
    }

    /** Menu digits on answered toll-free calls (a bank's IVR): {@code 1}, {@code 2#}, {@code 0}. */
    private String ivrDigits(CallEvent c) {
        boolean tollFree = c.remoteNumber().replaceAll("[^0-9]", "").matches("1?8[0-9]{2}555.*");
        if (!c.answered() || !tollFree || !draws.chance(signalling.ivrDtmfShare())) {
            return null;
        }
        return draws.pick(List.of("1", "2#", "0", "1 3", "9#"));
    }

    private String blockRule(CallEvent c) {
        if (c.remoteNumber().equals("anonymous")) {
            return "anonymous_rejection";
        }
        return draws.pick(List.of("spam_filter", "spam_filter", "user_list"));
    }

    static String codecLabel(String codec) {
        return switch (codec.toUpperCase(Locale.ROOT)) {
            case "PCMU", "PCMA" -> "g711";
            case "G722" -> "g722";
            case "OPUS" -> "opus";
            default -> "other";
        };
    }

    private static double clamp(double x, double min, double max) {
        return Math.max(min, Math.min(max, x));
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
