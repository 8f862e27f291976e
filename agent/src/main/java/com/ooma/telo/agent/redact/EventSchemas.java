package com.ooma.telo.agent.redact;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every ingest event type and field the agent declares, with its policy class and treatment: the single source for
 * redaction and for {@code docs/ingest-protocol.md}. Deny by default: anything not listed here is dropped and counted.
 */
final class EventSchemas {
    static final String CALL_ENDED = "call.ended";

    static final Map<String, Map<String, FieldRule>> TYPES = Map.of(CALL_ENDED, index(List.of(
            FieldRule.kept("direction", PolicyClass.NON_PERSONAL, "kept: inbound | outbound"),
            FieldRule.kept("disposition", PolicyClass.NON_PERSONAL, "kept: closed list"),
            FieldRule.kept("remote_number", PolicyClass.PERSONAL, "destination class only; digits dropped"),
            FieldRule.kept("remote_name", PolicyClass.PERSONAL, "presence flag only; name dropped"),
            FieldRule.kept("started_at", PolicyClass.CUSTOMER_NETWORK_INFO, "local hour band only"),
            FieldRule.kept("duration_ms", PolicyClass.CUSTOMER_NETWORK_INFO, "bucketed in a histogram"),
            FieldRule.dropped("local_number", PolicyClass.PERSONAL, "the line's own number: dropped"),
            FieldRule.dropped("call_id", PolicyClass.IDENTIFIER, "links to carrier records: dropped"),
            FieldRule.dropped("sip_code", PolicyClass.NON_PERSONAL, "not aggregated yet: dropped"),
            FieldRule.dropped("codec", PolicyClass.NON_PERSONAL, "not aggregated yet: dropped"),
            FieldRule.dropped("handset", PolicyClass.NON_PERSONAL, "not aggregated yet: dropped"),
            FieldRule.dropped("dtmf", PolicyClass.COMMUNICATIONS, "digits typed in a call (cards, PINs): never kept"),
            FieldRule.dropped("recording", PolicyClass.COMMUNICATIONS, "media reference: never kept"),
            FieldRule.dropped("voicemail_transcript", PolicyClass.COMMUNICATIONS, "content: never kept"))));

    private EventSchemas() {
    }

    private static Map<String, FieldRule> index(List<FieldRule> rules) {
        return rules.stream().collect(Collectors.toUnmodifiableMap(FieldRule::name, Function.identity()));
    }
}
