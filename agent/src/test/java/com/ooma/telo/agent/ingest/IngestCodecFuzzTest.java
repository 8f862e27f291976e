package com.ooma.telo.agent.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.event.HubEvent;
import com.ooma.telo.agent.ingest.IngestStats.Outcome;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any bytes into the ingest line codec, in any chunking: a counted outcome for every line, never an exception out of
 * the pipeline, the connection still open, and the next good line still decoded.
 */
class IngestCodecFuzzTest {
    private static final String GOOD = "{\"type\":\"system.boot\",\"ts\":7,\"reason\":\"watchdog\"}\n";

    @Provide
    Arbitrary<List<byte[]>> chunks() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
        Arbitrary<byte[]> jsonish = Arbitraries.strings()
                .withChars("{}[]\":,0123456789eE+-.truefalsnl \\\t\r\ntypes".toCharArray()).ofMaxLength(400)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> nearlyValid = Combinators.combine(
                        Arbitraries.of("call.ended", "system.boot", "x", "", "call."),
                        Arbitraries.of("1", "-1", "1e3", "123456789012345678901234567890", "\"1\"", "null", "[]"),
                        Arbitraries.strings().ofMaxLength(40))
                .as((type, ts, tail) -> ("{\"type\":\"" + type + "\",\"ts\":" + ts + "," + tail + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> huge = Arbitraries.integers().between(16_000, 40_000)
                .map(n -> ("{\"type\":\"x\",\"ts\":1,\"p\":\"" + "a".repeat(n) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, noise), net.jqwik.api.Tuple.of(5, jsonish),
                        net.jqwik.api.Tuple.of(5, nearlyValid), net.jqwik.api.Tuple.of(1, huge))
                .list().ofMaxSize(12);
    }

    @Property(tries = 300)
    void anyBytes_giveCountedOutcomes_andNeverStopTheConnection(@ForAll("chunks") List<byte[]> input) {
        IngestStats stats = new IngestStats();
        List<HubEvent> received = new ArrayList<>();
        EmbeddedChannel channel = new EmbeddedChannel();
        IngestServer.initPipeline(channel.pipeline(), received::add, stats, FieldPolicy.NONE);
        for (byte[] chunk : input) {
            channel.writeInbound(Unpooled.wrappedBuffer(chunk));
        }
        channel.writeInbound(Unpooled.copiedBuffer("\n" + GOOD, StandardCharsets.UTF_8));
        channel.checkException(); // rethrows anything that reached the end of the pipeline

        assertThat(channel.isOpen()).isTrue();
        assertThat(received).isNotEmpty();
        assertThat(received.get(received.size() - 1).tsMs()).as("the good line after the noise").isEqualTo(7);
        long outcomes = 0;
        for (Outcome o : Outcome.values()) {
            outcomes += stats.total(o);
        }
        assertThat(outcomes).as("at least the good line and the blank or cut line before it").isGreaterThan(0);
        assertThat(stats.accepted()).isEqualTo(received.size());
        channel.finishAndReleaseAll();
    }
}
