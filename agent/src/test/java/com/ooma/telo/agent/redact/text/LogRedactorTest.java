package com.ooma.telo.agent.redact.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One behaviour per rule of the free-text redactor (docs/redaction.md lists them). */
class LogRedactorTest {
    private final LogRedactor redactor = LogRedactor.standard();

    private String redact(String line) {
        return redactor.redact(line).text();
    }

    @Test
    void redact_replacesUnicodeDigitsAndZeroWidthSplitNumbers_inTheOriginalText() {
        assertThat(redact("cnum ٦٥٠-٥٥٥-٠١٠٠ ok")).isEqualTo("cnum <PHONE> ok");
        assertThat(redact("dial 650\u200B555\u200B0100 now")).isEqualTo("dial <PHONE> now");
    }

    @Test
    void redact_decodesPercentEncodingBeforeLooking_andReplacesTheEncodedText() {
        assertThat(redact("GET /x?n=%2B16505550100&to=ana%40example.org HTTP/1.1"))
                .isEqualTo("GET /x?n=<PHONE>&to=<EMAIL> HTTP/1.1");
    }

    @Test
    void redact_keepsVersionsThatParseAsIpv4_butReplacesEveryOtherAddress() {
        assertThat(redact("fw=3.9.7.1 peer=10.0.0.7 wan=203.0.113.9")).isEqualTo("fw=3.9.7.1 peer=<IP> wan=<IP>");
        assertThat(redact("bind 127.0.0.1:4590 and 0.0.0.0:8080 [::1]:53")).isEqualTo(
                "bind 127.0.0.1:4590 and 0.0.0.0:8080 [::1]:53");
    }

    @Test
    void redact_findsMacsInEveryForm_bareHexOnlyWhereTheKeySaysMac() {
        assertThat(redact("a 00:1A:2B:3C:4D:5E b 00-1a-2b-3c-4d-5e c 001a.2b3c.4d5e"))
                .isEqualTo("a <MAC> b <MAC> c <MAC>");
        assertThat(redact("mac=001a2b3c4d5e")).isEqualTo("mac=<MAC>");
        assertThat(redact("etag=001a2b3c4d5e")).isEqualTo("etag=001a2b3c4d5e");
    }

    @Test
    void redact_typesCardsByLuhnAndIssuer_ssnByShape_imeiByKey() {
        assertThat(redactor.redact("pan 2221 0000 0000 0009 ok").counts()).isEqualTo(Map.of(Placeholder.CARD, 1));
        assertThat(redactor.redact("ssn 123-45-6789").counts()).isEqualTo(Map.of(Placeholder.SSN, 1));
        assertThat(redactor.redact("imei=490154203237518").counts()).isEqualTo(Map.of(Placeholder.IMEI, 1));
    }

    @Test
    void redact_replacesSipUriAndDisplayName_keepingHeaderAndParameters() {
        assertThat(redact("From: \"Ana Lima\" <sip:+16505550100@sbc.example>;tag=a1b2"))
                .isEqualTo("From: \"<NAME>\" <<SIP_URI>>;tag=a1b2");
        assertThat(redact("To: <sip:911@psap.example>")).isEqualTo("To: <sip:911@psap.example>");
    }

    @Test
    void redact_replacesTheQuotedNameBeforeABracketedAddressWithoutScheme() {
        // a hub's own SIP user agent logs the peer as name-addr with a bare address of record (no "sip:")
        assertThat(redact("INVITE from \"Zelda Quux\" <zelda.quux@example.com> 18:48"))
                .isEqualTo("INVITE from \"<NAME>\" <<EMAIL>> 18:48");
        assertThat(redact("vm notify to \"Ana Lima\" <6505550100@vm.example>"))
                .doesNotContain("Ana", "Lima", "6505550100");
        assertThat(redact("poll() returned <EAGAIN> for \"fd 7\"")).contains("<EAGAIN>");
    }

    @Test
    void redact_findsNamesOnlyWhereAKeyOrPhraseSaysName() {
        assertThat(redact("new voicemail from Ana Lima, 0:42")).isEqualTo("new voicemail from <NAME>, 0:42");
        assertThat(redact("call from Anonymous")).isEqualTo("call from Anonymous");
        assertThat(redact("codec name=PCMU")).isEqualTo("codec name=PCMU");
    }

    @Test
    void redact_findsStreetAddressAfterAddressKeyword_endingAtTheZip() {
        assertThat(redact("E911 address set: 12 Oak St, Springfield, IL 62704 status=ok"))
                .isEqualTo("E911 address set: <ADDRESS> status=ok");
        assertThat(redact("address check ok after 3 retries")).isEqualTo("address check ok after 3 retries");
    }

    @Test
    void redact_leavesHarmlessNumbersNamedByKeyUnitOrShape() {
        String line = "2024-05-05T23:15:25Z ssrc=2526706729 uptime=4774780 178734438 bytes "
                + "call 7f1b103c-df15-42b0-aab4-77d26415479c Call-ID: 17f5e837d70820fe34@sbc1 dialed 911 *67";
        assertThat(redactor.redact(line)).isEqualTo(new RedactedLine(line, false, Map.of()));
    }

    @Test
    void redact_keepsBareUnixTimesAndVersionQuadsNamedByTheirVerb() {
        String line = "upgrade to 7.2.0.115 (build 20240611) registered at 1718179200 event 1701490376253";
        assertThat(redact(line)).isEqualTo(line);
        assertThat(redact("peer 7.2.0.115 ok")).isEqualTo("peer <IP> ok");
        assertThat(redact("number update: 4155550123")).isEqualTo("number update: <PHONE>");
    }

    @Test
    void redact_mergesOverlappingFindingsIntoOnePlaceholder() {
        RedactedLine r = redactor.redact("Contact: <sip:ana@198.51.100.7:5060>");
        assertThat(r.text()).isEqualTo("Contact: <<SIP_URI>>");
        assertThat(r.counts()).isEqualTo(Map.of(Placeholder.SIP_URI, 1));
    }

    @Test
    void forRegion_rejectsAnythingButTwoLetters_quotingIt() {
        assertThatThrownBy(() -> LogRedactor.forRegion("USA")).hasMessageContaining("\"USA\"");
        assertThat(LogRedactor.forRegion("gb").redact("ring 020 7946 0310").text()).isEqualTo("ring <PHONE>");
    }
}
