package com.ooma.telo.agent.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.event.CallRecord;
import com.ooma.telo.agent.event.DestinationClass;
import com.ooma.telo.agent.event.HubEvent;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventRedactorTest {
    private final EventRedactor redactor = new EventRedactor("US", ZoneId.of("America/Los_Angeles"));

    private static Map<String, Object> call() {
        Map<String, Object> f = new HashMap<>();
        f.put("call_id", "a84b4c76e66710@hub");
        f.put("direction", "outbound");
        f.put("remote_number", "(650) 555-0142");
        f.put("remote_name", "Jane Roe");
        f.put("local_number", "+14155550100");
        f.put("disposition", "answered");
        f.put("started_at", 1_700_000_000_000L); // 2023-11-14 22:13 UTC = 14:13 in Los Angeles
        f.put("duration_ms", 125_400L);
        f.put("dtmf", "4111111111111111");
        f.put("sip_code", 200L);
        return f;
    }

    @Test
    void callEnded_keepsOnlyNonIdentifyingDerivatives() {
        RedactOutcome out = redactor.redact(new HubEvent("call.ended", 1L, call()));

        assertThat(out).isEqualTo(new RedactOutcome.Call(new CallRecord(CallRecord.Direction.OUTBOUND,
                CallRecord.Disposition.ANSWERED, DestinationClass.DOMESTIC, 14, 125, true)));
        String everything = out.toString() + redactor.counters();
        assertThat(everything).doesNotContain("555", "0142", "Jane", "Roe", "a84b4c", "4111");
    }

    @Test
    void redact_dropsAndCountsUndeclaredAndPersonalFields() {
        Map<String, Object> f = call();
        f.put("favourite_colour", "blue");
        f.put("caller_email", "jane@example.com");
        redactor.redact(new HubEvent("call.ended", 1L, f));

        assertThat(redactor.counters())
                .containsEntry("fields_dropped.call.ended.undeclared", 2L)
                .containsEntry("fields_dropped.call.ended.communications", 1L)
                .containsEntry("fields_dropped.call.ended.personal", 1L)
                .containsEntry("fields_dropped.call.ended.identifier", 1L);
        assertThat(redactor.counters().keySet()).noneMatch(k -> k.contains("colour") || k.contains("email"));
    }

    @Test
    void unknownEventType_isDroppedWhole() {
        assertThat(redactor.redact(new HubEvent("voicemail.left", 1L, Map.of("transcript", "call me back"))))
                .isInstanceOf(RedactOutcome.UnknownType.class);
        assertThat(redactor.counters()).containsEntry("events_unknown_type", 1L);
    }

    @Test
    void missingDirection_isInvalid_andNamesOnlyTheField() {
        Map<String, Object> f = call();
        f.put("direction", "sideways");
        assertThat(redactor.redact(new HubEvent("call.ended", 1L, f)))
                .isEqualTo(new RedactOutcome.Invalid("direction"));
        assertThat(redactor.counters()).containsEntry("events_invalid.call.ended.direction", 1L);
    }

    @Test
    void withheldCallerId_becomesAnonymous_andNoNameMeansNoCallerIdFlag() {
        Map<String, Object> f = call();
        f.put("direction", "inbound");
        f.put("remote_number", "anonymous");
        f.remove("remote_name");
        RedactOutcome.Call out = (RedactOutcome.Call) redactor.redact(new HubEvent("call.ended", 1L, f));
        assertThat(out.call().destination()).isEqualTo(DestinationClass.ANONYMOUS);
        assertThat(out.call().callerIdShown()).isFalse();
    }
}
