package com.ooma.telo.agent.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.event.HubEvent;
import com.ooma.telo.agent.redact.EventRedactor;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ingest pipeline as assembled by IngestServer, driven in memory: bytes in, events out. */
class IngestCodecTest {
    private final IngestStats stats = new IngestStats();
    private final List<HubEvent> received = new ArrayList<>();
    private final EmbeddedChannel channel = new EmbeddedChannel();

    IngestCodecTest() {
        IngestServer.initPipeline(channel.pipeline(), received::add, stats, (type, field) -> field.equals("dtmf"));
    }

    private void write(String s) {
        channel.writeInbound(Unpooled.copiedBuffer(s, StandardCharsets.UTF_8));
    }

    @Test
    void decodesOneEventPerLine_evenWhenSplitAcrossReads() {
        write("{\"type\":\"call.ended\",\"ts\":1700000000000,\"direction\":\"inbound\"}\n{\"type\":\"sys");
        write("tem.boot\",\"ts\":5,\"n\":1.5,\"ok\":true,\"nested\":{\"a\":[1,2]}}\r\n");

        assertThat(received).hasSize(2);
        assertThat(received.get(0).type()).isEqualTo("call.ended");
        assertThat(received.get(0).tsMs()).isEqualTo(1_700_000_000_000L);
        assertThat(received.get(0).fields()).containsEntry("direction", "inbound");
        assertThat(received.get(1).fields()).containsEntry("n", 1.5).containsEntry("ok", true)
                .containsEntry("nested", HubEvent.UNSUPPORTED);
        assertThat(stats.accepted()).isEqualTo(2);
        assertThat(channel.isOpen()).isTrue();
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void malformedLine_isCountedAndSkipped_connectionStaysUp() {
        write("not json at all\n");
        write("{\"type\":\"call.ended\"}\n");              // no ts
        write("{\"ts\":1}\n");                             // no type
        write("[1,2,3]\n");
        write("{\"type\":\"x\",\"ts\":1} trailing\n");
        write("{\"type\":\"call.ended\",\"ts\":1}\n");

        assertThat(stats.malformed()).isEqualTo(5);
        assertThat(received).extracting(HubEvent::type).containsExactly("call.ended");
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void oversizeLine_isCountedAndSkipped_nextLineStillDecoded() {
        String huge = "{\"type\":\"x\",\"ts\":1,\"pad\":\"" + "a".repeat(IngestServer.MAX_LINE_BYTES) + "\"}\n";
        write(huge);
        write("{\"type\":\"call.ended\",\"ts\":2}\n");

        assertThat(stats.oversize()).isEqualTo(1);
        assertThat(received).extracting(HubEvent::tsMs).containsExactly(2L);
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void fullQueue_dropsAndCounts_insteadOfBlocking() {
        EmbeddedChannel ch = new EmbeddedChannel();
        IngestStats s = new IngestStats();
        IngestServer.initPipeline(ch.pipeline(), e -> false, s, FieldPolicy.NONE);
        ch.writeInbound(Unpooled.copiedBuffer("{\"type\":\"a\",\"ts\":1}\n{\"type\":\"a\",\"ts\":2}\n",
                StandardCharsets.UTF_8));

        assertThat(s.queueFull()).isEqualTo(2);
        assertThat(s.accepted()).isEqualTo(2);
    }

    @Test
    void invalidUtf8_isMalformed_notACrash() {
        byte[] bad = {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        channel.writeInbound(Unpooled.wrappedBuffer(bad));
        assertThat(stats.malformed()).isEqualTo(1);
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void communicationsFields_loseTheirValuesInTheParser() {
        write("{\"type\":\"call.ended\",\"ts\":1,\"dtmf\":\"4111111111111111\",\"codec\":\"PCMU\"}\n");
        assertThat(received.get(0).fields()).containsEntry("dtmf", HubEvent.WITHHELD).containsEntry("codec", "PCMU");
        assertThat(received.get(0).fields().values()).noneMatch(v -> String.valueOf(v).contains("4111"));
    }

    @Test
    void fieldsRedactionDrops_loseTheirValuesInTheParser_whereverTheTypeIs() {
        List<HubEvent> got = new ArrayList<>();
        EmbeddedChannel ch = new EmbeddedChannel();
        IngestServer.initPipeline(ch.pipeline(), got::add, new IngestStats(), EventRedactor::isUnreadAtIngest);
        ch.writeInbound(Unpooled.copiedBuffer("{\"type\":\"call.ended\",\"ts\":1,\"call_id\":\"a84b4c@hub\","
                + "\"local_number\":\"+14155550100\",\"remote_number\":\"+16505550142\",\"handset\":{\"x\":[1]}}\n"
                + "{\"call_id\":\"a84b4c@hub\",\"remote_number\":\"+16505550142\",\"ts\":2,\"type\":\"call.ended\"}\n"
                + "{\"type\":\"no.such\",\"ts\":3,\"message\":\"hello\",\"type\":\"diag.log\"}\n",
                StandardCharsets.UTF_8));

        assertThat(got).hasSize(3);
        for (HubEvent e : got.subList(0, 2)) {
            assertThat(e.fields()).containsEntry("call_id", HubEvent.WITHHELD)
                    .containsEntry("remote_number", "+16505550142");
        }
        assertThat(got.get(0).fields()).containsEntry("local_number", HubEvent.WITHHELD)
                .containsEntry("handset", HubEvent.WITHHELD);
        // the type changed after a value was skipped under the first one: the line is read again, in full
        assertThat(got.get(2).type()).isEqualTo("diag.log");
        assertThat(got.get(2).fields()).containsEntry("message", "hello");
    }

    @Test
    void invalidUtf8_inAValueLeftUnread_isStillMalformed() {
        IngestStats s = new IngestStats();
        EmbeddedChannel ch = new EmbeddedChannel();
        IngestServer.initPipeline(ch.pipeline(), e -> true, s, EventRedactor::isUnreadAtIngest);
        byte[] head = "{\"type\":\"call.ended\",\"ts\":1,\"call_id\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] line = java.util.Arrays.copyOf(head, head.length + 4);
        line[head.length] = (byte) 0xC3;
        line[head.length + 1] = (byte) 0x28;
        line[head.length + 2] = '"';
        line[head.length + 3] = '}';
        ch.writeInbound(Unpooled.wrappedBuffer(line, new byte[] {'\n'}));
        assertThat(s.malformed()).isEqualTo(1);
        assertThat(s.accepted()).isZero();
    }

    @Test
    void hubEventToString_neverShowsFieldValues() {
        write("{\"type\":\"call.ended\",\"ts\":1,\"remote_number\":\"+16505550142\"}\n");
        assertThat(received.get(0).toString()).doesNotContain("6505550142");
    }

    @Test
    void whatAnUndeclaredFieldHolds_neverMakesAValidEventMalformed() {
        String deep = "[".repeat(200) + "]".repeat(200);
        write("{\"type\":\"call.ended\",\"ts\":1,\"direction\":\"inbound\",\"x\":123456789012345678901234567890,"
                + "\"y\":" + deep + ",\"z\":{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":1}}}}}}}},"
                + "\"w\":" + "9".repeat(5000) + ",\"v\":-1e99999}\n");

        assertThat(stats.malformed()).isZero();
        assertThat(received).singleElement().satisfies(e -> assertThat(e.fields())
                .containsEntry("direction", "inbound").containsEntry("x", HubEvent.UNSUPPORTED)
                .containsEntry("y", HubEvent.UNSUPPORTED).containsEntry("z", HubEvent.UNSUPPORTED)
                .containsEntry("w", HubEvent.UNSUPPORTED));
    }

    @Test
    void aTsBeyond64Bits_isMalformed_andCountedAsACallEventsShare() {
        write("{\"type\":\"call.ended\",\"ts\":123456789012345678901234567890}\n");
        write("{\"type\":\"system.boot\",\"ts\":\"now\"}\n");
        assertThat(stats.malformed()).isEqualTo(2);
        assertThat(stats.ofCalls(IngestStats.Outcome.MALFORMED)).isEqualTo(1);
    }

    @Test
    void lastLineWithoutNewline_isParsedWhenComplete() {
        write("{\"type\":\"system.boot\",\"ts\":1}\n{\"type\":\"call.ended\",\"ts\":2}");
        assertThat(received).hasSize(1);
        channel.finish(); // the hub closes its side
        assertThat(received).extracting(HubEvent::tsMs).containsExactly(1L, 2L);
        assertThat(stats.accepted()).isEqualTo(2);
        assertThat(stats.ofCalls(IngestStats.Outcome.ACCEPTED)).isEqualTo(1);
        assertThat(stats.total(IngestStats.Outcome.TRUNCATED)).isZero();
    }

    @Test
    void lastLineCutShort_isCountedAsTruncated_notMalformed() {
        write("{\"type\":\"call.ended\",\"ts\":2,\"direc");
        channel.finish();
        assertThat(received).isEmpty();
        assertThat(stats.total(IngestStats.Outcome.TRUNCATED)).isEqualTo(1);
        assertThat(stats.ofCalls(IngestStats.Outcome.TRUNCATED)).as("its type was read").isEqualTo(1);
        assertThat(stats.malformed()).isZero();
    }

    @Test
    void blankLines_areCounted_andOnlyWhitespaceBeforeACloseIsNot() {
        write("\n  \r\n{\"type\":\"a\",\"ts\":1}\n\t\n   ");
        channel.finish();
        assertThat(stats.total(IngestStats.Outcome.BLANK)).isEqualTo(3);
        assertThat(stats.total(IngestStats.Outcome.TRUNCATED)).isZero();
        assertThat(stats.accepted()).isEqualTo(1);
    }

    @Test
    void everyOutcome_isNamedInTheCounters_withItsCallsShare() {
        java.util.Map<String, Long> m = new java.util.TreeMap<>();
        stats.copyInto(m);
        assertThat(m).containsKeys("ingest.accepted", "ingest.accepted.calls", "ingest.malformed",
                "ingest.malformed.calls", "ingest.oversize", "ingest.queue_full", "ingest.queue_full.calls",
                "ingest.blank", "ingest.truncated", "ingest.truncated.calls", "ingest.connections");
    }
}
