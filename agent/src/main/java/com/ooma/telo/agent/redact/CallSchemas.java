package com.ooma.telo.agent.redact;

import static com.ooma.telo.agent.redact.FieldRule.dropped;
import static com.ooma.telo.agent.redact.FieldRule.optional;
import static com.ooma.telo.agent.redact.FieldRule.required;
import static com.ooma.telo.agent.redact.PolicyClass.COMMUNICATIONS;
import static com.ooma.telo.agent.redact.PolicyClass.CUSTOMER_NETWORK_INFO;
import static com.ooma.telo.agent.redact.PolicyClass.IDENTIFIER;
import static com.ooma.telo.agent.redact.PolicyClass.NON_PERSONAL;
import static com.ooma.telo.agent.redact.PolicyClass.PERSONAL;

import com.ooma.telo.agent.event.Labels;
import com.ooma.telo.agent.redact.Treatment.Destination;
import com.ooma.telo.agent.redact.Treatment.DurationSeconds;
import com.ooma.telo.agent.redact.Treatment.Flag;
import com.ooma.telo.agent.redact.Treatment.HourBand;
import com.ooma.telo.agent.redact.Treatment.Identity;
import com.ooma.telo.agent.redact.Treatment.IpAddress;
import com.ooma.telo.agent.redact.Treatment.Label;
import com.ooma.telo.agent.redact.Treatment.Measure;
import com.ooma.telo.agent.redact.Treatment.ResponseClass;
import java.util.ArrayList;
import java.util.List;

/** The call event types: setup, end and the RFC 6035 voice-quality summary. */
final class CallSchemas {
    /** Clamp on talk time: a stuck call must not dominate a sum (docs/telephony.md's household model). */
    static final long MAX_CALL_S = 4 * 3600;

    private CallSchemas() {
    }

    static List<EventSchema> all() {
        return List.of(setup(), ended(), quality());
    }

    private static EventSchema setup() {
        List<FieldRule> f = new ArrayList<>(List.of(
                required("direction", NON_PERSONAL, new Label(Labels.DIRECTIONS, null), "splits every call metric"),
                optional("post_dial_delay_ms", NON_PERSONAL, new Measure(0, 120_000, 1, "ms"),
                        "post-dial delay distribution: slow call setup is a service fault"),
                optional("active_calls", NON_PERSONAL, new Measure(0, 16, 1, "calls"), "concurrent calls"),
                optional("privacy", NON_PERSONAL, new Label(Labels.PRIVACY_REQUESTS, Labels.OTHER),
                        "SIP Privacy header value: how often callers ask for privacy"),
                dropped("remote_number", PERSONAL, "the destination is classified once, at call.ended"),
                dropped("remote_name", PERSONAL, "caller-ID presence is counted once, at call.ended"),
                dropped("local_number", PERSONAL, "the line's own number"),
                dropped("call_id", IDENTIFIER, "SIP Call-ID links to carrier records"),
                dropped("from_tag", IDENTIFIER, "SIP dialog tag"),
                dropped("to_tag", IDENTIFIER, "SIP dialog tag"),
                dropped("handset", NON_PERSONAL, "not aggregated"),
                dropped("handset_ipei", IDENTIFIER, "DECT handset identity"),
                dropped("sdp", PERSONAL, "session description: carries IP addresses")));
        for (String header : Labels.IDENTITY_HEADERS) {
            f.add(optional(header, PERSONAL, new Identity(),
                    "identity header: presence and anonymity only, for identity-header counts"));
        }
        return new EventSchema("call.setup", "a call was set up (sent when it starts ringing or dialling)", f);
    }

    private static EventSchema ended() {
        return new EventSchema("call.ended", "a call finished, whatever its outcome", List.of(
                required("direction", NON_PERSONAL, new Label(Labels.DIRECTIONS, null), "splits every call metric"),
                required("disposition", NON_PERSONAL, new Label(Labels.DISPOSITIONS, null), "how the call ended"),
                optional("remote_number", PERSONAL, new Destination(true),
                        "destination class for call counts; distinct-caller and repeat-call counts"),
                optional("remote_name", PERSONAL, new Identity(), "caller-ID presence counts"),
                optional("started_at", CUSTOMER_NETWORK_INFO, new HourBand(), "calls by hour of day"),
                optional("duration_ms", CUSTOMER_NETWORK_INFO, new DurationSeconds(MAX_CALL_S),
                        "talk-time distribution of answered calls"),
                optional("sip_code", NON_PERSONAL, new ResponseClass(), "final responses by class"),
                optional("blocked_by", NON_PERSONAL, new Label(Labels.BLOCK_REASONS, Labels.OTHER),
                        "blocked calls by rule kind (the rule itself may hold a number)"),
                optional("forwarded", CUSTOMER_NETWORK_INFO, new Flag(), "forwarded-call count"),
                dropped("forward_target", PERSONAL, "a phone number"),
                dropped("local_number", PERSONAL, "the line's own number"),
                dropped("call_id", IDENTIFIER, "SIP Call-ID links to carrier records"),
                dropped("codec", NON_PERSONAL, "counted from call.quality instead"),
                dropped("handset", NON_PERSONAL, "not aggregated"),
                dropped("handset_ipei", IDENTIFIER, "DECT handset identity"),
                dropped("hangup_side", NON_PERSONAL, "not aggregated"),
                dropped("dtmf", COMMUNICATIONS, "digits typed during a call (card numbers, PINs): never kept"),
                dropped("recording", COMMUNICATIONS, "media or recording reference: never kept"),
                dropped("voicemail_transcript", COMMUNICATIONS, "message content: never kept")));
    }

    private static EventSchema quality() {
        return new EventSchema("call.quality", "RFC 6035 voice-quality summary, sent once at call end", List.of(
                optional("codec", NON_PERSONAL, new Label(Labels.CODECS, Labels.OTHER), "splits voice quality"),
                optional("mos_lq", NON_PERSONAL, new Measure(100, 500, 100, "centi-MOS"),
                        "listening quality; 127 (unavailable) is invalid and not counted"),
                optional("r_factor", NON_PERSONAL, new Measure(0, 120, 1, "R"), "transmission rating"),
                optional("packet_loss_pct", NON_PERSONAL, new Measure(0, 10_000, 100, "0.01 %"),
                        "network loss rate (NLR)"),
                optional("jitter_ms", NON_PERSONAL, new Measure(0, 10_000, 1, "ms"), "inter-arrival jitter"),
                optional("round_trip_ms", NON_PERSONAL, new Measure(0, 60_000, 1, "ms"), "round-trip delay (RTD)"),
                optional("remote_addr", PERSONAL, new IpAddress(),
                        "media peer address class: NAT and CGNAT trouble shows here"),
                dropped("local_addr", PERSONAL, "the hub's own address"),
                dropped("local_mac", PERSONAL, "MAC address: nothing is kept"),
                dropped("call_id", IDENTIFIER, "SIP Call-ID"),
                dropped("local_id", PERSONAL, "SIP URI"),
                dropped("remote_id", PERSONAL, "SIP URI"),
                dropped("orig_id", PERSONAL, "SIP URI"),
                dropped("dialog_id", IDENTIFIER, "SIP dialog"),
                dropped("ssrc", IDENTIFIER, "RTP stream identity"),
                dropped("start_ts", CUSTOMER_NETWORK_INFO, "exact call time"),
                dropped("stop_ts", CUSTOMER_NETWORK_INFO, "exact call time")));
    }
}
