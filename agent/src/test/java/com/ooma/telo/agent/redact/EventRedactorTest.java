package com.ooma.telo.agent.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.event.HubEvent;
import com.ooma.telo.agent.event.RedactedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventRedactorTest {
    private final EventRedactor redactor = new EventRedactor("US", ZoneId.of("America/Los_Angeles"),
            Clock.fixed(Instant.parse("2026-11-26T18:00:00Z"), ZoneOffset.UTC));

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
        f.put("recording", "/var/rec/16505550142-1700000000.wav");
        f.put("voicemail_transcript", "Hi it's Jane, my PIN is 4321");
        f.put("sip_code", 200L);
        return f;
    }

    private RedactedEvent kept(String type, Map<String, Object> fields) {
        RedactOutcome out = redactor.redact(new HubEvent(type, 1L, fields));
        assertThat(out).isInstanceOf(RedactOutcome.Kept.class);
        return ((RedactOutcome.Kept) out).event();
    }

    @Test
    void callEnded_keepsOnlyNonIdentifyingDerivatives() {
        RedactedEvent e = kept("call.ended", call());

        assertThat(e.values()).containsOnly(
                Map.entry("direction", "outbound"), Map.entry("disposition", "answered"),
                Map.entry("remote_number", "domestic"), Map.entry("remote_number.first_today", true),
                Map.entry("remote_name", "present"), Map.entry("started_at", "14"),
                Map.entry("duration_ms", 125L), Map.entry("sip_code", "2xx"));
        String everything = e.values().toString() + redactor.counters();
        assertThat(everything).doesNotContain("555", "0142", "Jane", "Roe", "a84b4c", "4111", "4321", "wav");
    }

    @Test
    void valuesLeftUnreadAtIngest_changeNeitherTheEventNorAnyCounter() {
        EventRedactor other = new EventRedactor("US", ZoneId.of("America/Los_Angeles"),
                Clock.fixed(Instant.parse("2026-11-26T18:00:00Z"), ZoneOffset.UTC));
        Map<String, Object> withheld = call();
        withheld.put("codec", "PCMU");
        withheld.put("no_such_field", "x");
        Map<String, Object> full = new HashMap<>(withheld);
        withheld.replaceAll((k, v) -> EventRedactor.isUnreadAtIngest("call.ended", k) ? HubEvent.WITHHELD : v);
        assertThat(withheld).containsEntry("call_id", HubEvent.WITHHELD).containsEntry("local_number",
                HubEvent.WITHHELD).containsEntry("remote_number", "(650) 555-0142").containsEntry("sip_code", 200L);

        RedactOutcome a = redactor.redact(new HubEvent("call.ended", 1L, full));
        RedactOutcome b = other.redact(new HubEvent("call.ended", 1L, withheld));
        assertThat(b).isEqualTo(a);
        assertThat(other.counters()).isEqualTo(redactor.counters());
        assertThat(EventRedactor.isUnreadAtIngest("no.such.type", "direction")).isTrue();
        assertThat(EventRedactor.isUnreadAtIngest("diag.log", "message")).isFalse();
    }

    @Test
    void communicationsFields_areNeverKept_andCountedAsSuch() {
        RedactedEvent e = kept("call.ended", call());
        assertThat(e.values()).doesNotContainKeys("dtmf", "recording", "voicemail_transcript");
        assertThat(redactor.counters()).containsEntry("fields_dropped.call.ended.communications", 3L);
    }

    @Test
    void communicationsFields_canBeRecognisedByTheParser() {
        assertThat(EventRedactor.isCommunications("call.ended", "dtmf")).isTrue();
        assertThat(EventRedactor.isCommunications("call.ended", "voicemail_transcript")).isTrue();
        assertThat(EventRedactor.isCommunications("call.ended", "remote_number")).isFalse();
        assertThat(EventRedactor.isCommunications("voicemail.left", "dtmf")).isFalse();
    }

    @Test
    void redact_dropsAndCountsUndeclaredFieldsPerEventType() {
        Map<String, Object> f = call();
        f.put("favourite_colour", "blue");
        f.put("caller_email", "jane@example.com");
        redactor.redact(new HubEvent("call.ended", 1L, f));
        redactor.redact(new HubEvent("network.rtt", 1L, Map.of("rtt_ms", 40L, "probe_host", "sbc.example")));

        assertThat(redactor.counters())
                .containsEntry("fields_dropped.call.ended.undeclared", 2L)
                .containsEntry("fields_dropped.network.rtt.undeclared", 1L)
                .containsEntry("fields_dropped.call.ended.personal", 1L)
                .containsEntry("fields_dropped.call.ended.identifier", 1L);
        assertThat(redactor.counters().keySet()).noneMatch(k -> k.contains("colour") || k.contains("email")
                || k.contains("probe"));
    }

    @Test
    void identityHeaders_keepOnlyPresenceAndAnonymity() {
        Map<String, Object> f = new HashMap<>(Map.of("direction", "inbound",
                "from", "\"Jane Roe\" <sip:+16505550142@carrier.example>",
                "p_asserted_identity", "<sip:anonymous@anonymous.invalid>",
                "history_info", "<sip:+14155550100@ooma.example;index=1>",
                "privacy", "id"));
        RedactedEvent e = kept("call.setup", f);
        assertThat(e.values()).containsOnly(Map.entry("direction", "inbound"), Map.entry("from", "present"),
                Map.entry("p_asserted_identity", "anonymous"), Map.entry("history_info", "present"),
                Map.entry("privacy", "id"));
    }

    @Test
    void ipAddresses_keepClassAndFamily_macAddressesNothing() {
        RedactedEvent e = kept("network.wan", Map.of("state", "up", "wan_ip", "100.72.13.9",
                "gateway_mac", "00:1a:2b:3c:4d:5e", "outage_ms", 125_000L));
        assertThat(e.values()).containsOnly(Map.entry("state", "up"), Map.entry("wan_ip.class", "cgnat"),
                Map.entry("wan_ip.family", "ipv4"), Map.entry("outage_ms", 125L));
        RedactedEvent q = kept("call.quality", Map.of("remote_addr", "2001:db8::1", "local_mac", "00:1a:2b:3c:4d:5e",
                "mos_lq", 4.2));
        assertThat(q.values()).containsOnly(Map.entry("remote_addr.class", "public"),
                Map.entry("remote_addr.family", "ipv6"), Map.entry("mos_lq", 420L));
    }

    @Test
    void repeatCaller_isRecognisedWithinTheDay_withoutKeepingTheNumber() {
        Map<String, Object> f = call();
        f.put("direction", "inbound");
        assertThat(kept("call.ended", f).values()).containsEntry("remote_number.first_today", true);
        f.put("remote_number", "+1 650 555 0142"); // the same number, spelled differently
        assertThat(kept("call.ended", f).values()).containsEntry("remote_number.first_today", false);
        f.put("remote_number", "411");
        assertThat(kept("call.ended", f).values()).doesNotContainKey("remote_number.first_today");
    }

    @Test
    void withoutUsageConsent_numbersAreNotPseudonymisedAtAll() {
        Map<String, Object> f = call();
        f.put("direction", "inbound");
        redactor.allowPseudonyms(false);
        assertThat(kept("call.ended", f).values()).doesNotContainKey("remote_number.first_today")
                .containsEntry("remote_number", "domestic");
        redactor.allowPseudonyms(true);
        assertThat(kept("call.ended", f).values()).as("nothing remembered from before")
                .containsEntry("remote_number.first_today", true);
    }

    @Test
    void outOfRangeMeasurement_isDroppedAndCounted_butTheEventStays() {
        RedactedEvent e = kept("call.quality", Map.of("codec", "G711", "mos_lq", 127L, "r_factor", 93L));
        assertThat(e.values()).containsOnly(Map.entry("codec", "g711"), Map.entry("r_factor", 93L));
        assertThat(redactor.counters()).containsEntry("fields_invalid.call.quality.mos_lq", 1L);
    }

    @Test
    void labelOutsideTheClosedList_fallsBackToOther() {
        RedactedEvent e = kept("system.boot", Map.of("reason", "cosmic_ray", "firmware", "7.1.0-jane-debug"));
        assertThat(e.values()).containsOnly(Map.entry("reason", "other"), Map.entry("firmware", "other"));
    }

    @Test
    void unknownEventType_isDroppedWhole() {
        assertThat(redactor.redact(new HubEvent("voicemail.left", 1L, Map.of("transcript", "call me back"))))
                .isInstanceOf(RedactOutcome.UnknownType.class);
        assertThat(redactor.counters()).containsEntry("events_unknown_type", 1L);
    }

    @Test
    void badOrMissingRequiredField_isInvalid_andNamesOnlyTheField() {
        Map<String, Object> f = call();
        f.put("direction", "sideways");
        assertThat(redactor.redact(new HubEvent("call.ended", 1L, f)))
                .isEqualTo(new RedactOutcome.Invalid("direction"));
        f.remove("direction");
        assertThat(redactor.redact(new HubEvent("call.ended", 1L, f)))
                .isEqualTo(new RedactOutcome.Invalid("direction"));
        assertThat(redactor.counters()).containsEntry("events_invalid.call.ended.direction", 2L);
    }

    @Test
    void withheldCallerId_becomesAnonymous() {
        Map<String, Object> f = call();
        f.put("direction", "inbound");
        f.put("remote_number", "anonymous");
        f.put("remote_name", "Anonymous");
        RedactedEvent e = kept("call.ended", f);
        assertThat(e.label("remote_number")).contains("anonymous");
        assertThat(e.label("remote_name")).contains("anonymous");
    }
}
