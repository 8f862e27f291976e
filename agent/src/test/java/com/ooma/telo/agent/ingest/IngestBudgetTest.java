package com.ooma.telo.agent.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.event.HubEvent;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The ingest pipeline's accounting of unfinished lines, on EmbeddedChannels sharing one {@link IngestBudget}: what
 * the frame decoder holds after each read, which connection is evicted at each bound, and the partial-line timer.
 * Time is a hand-moved monotonic clock; nothing sleeps.
 */
class IngestBudgetTest {
    private static final String BOOT = "{\"type\":\"system.boot\",\"ts\":1}\n";

    private final IngestStats stats = new IngestStats();
    private final List<HubEvent> received = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong(1_000);

    private IngestBudget budget(int maxConnections, long maxPartialBytes) {
        return new IngestBudget(new IngestLimits(maxConnections, maxPartialBytes, Duration.ofHours(1),
                Duration.ofSeconds(30)), stats, nanos::get);
    }

    private EmbeddedChannel connect(IngestBudget budget) {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.freezeTime();
        IngestServer.initPipeline(ch.pipeline(), received::add, stats, FieldPolicy.NONE, budget);
        return ch;
    }

    private static void write(EmbeddedChannel ch, String s) {
        ch.writeInbound(Unpooled.copiedBuffer(s, StandardCharsets.UTF_8));
    }

    private void at(long seconds, EmbeddedChannel... channels) {
        long target = 1_000 + TimeUnit.SECONDS.toNanos(seconds);
        long step = target - nanos.getAndSet(target);
        for (EmbeddedChannel ch : channels) {
            ch.advanceTimeBy(step, TimeUnit.NANOSECONDS);
            ch.runScheduledPendingTasks();
        }
    }

    private long counter(String name) {
        Map<String, Long> m = new TreeMap<>();
        stats.copyInto(m);
        assertThat(m).containsKey(name);
        return m.get(name);
    }

    @Test
    void bytesHeld_areTheUnfinishedLine_andGoBackToZeroWhenItEnds() {
        EmbeddedChannel ch = connect(budget(32, 1 << 20));

        write(ch, BOOT + "{\"type\":\"sys");
        assertThat(counter("ingest.partial_bytes_held")).isEqualTo("{\"type\":\"sys".length());
        write(ch, "tem.boot\",\"ts\":2}\n");
        assertThat(counter("ingest.partial_bytes_held")).isZero();
        assertThat(received).hasSize(2);

        write(ch, "x".repeat(20_000)); // an oversize line is skipped as it comes: it holds nothing
        assertThat(counter("ingest.partial_bytes_held")).isZero();
        assertThat(stats.oversize()).isEqualTo(1);
        write(ch, "\n" + BOOT);
        assertThat(received).hasSize(3);

        write(ch, "{\"type\":\"system.boot\"");
        assertThat(counter("ingest.connections_open")).isEqualTo(1);
        ch.finish(); // the hub closes: what it held is released (and parsed: a truncated line)
        assertThat(counter("ingest.partial_bytes_held")).isZero();
        assertThat(counter("ingest.connections_open")).isZero();
        assertThat(stats.total(IngestStats.Outcome.TRUNCATED)).isEqualTo(1);
        assertThat(counter("ingest.partial_bytes_peak")).isEqualTo("{\"type\":\"sys".length() + 9);
    }

    @Test
    void pastTheByteBound_theOldestUnfinishedLinesAreEvicted_andNeverParsed() {
        IngestBudget budget = budget(32, 16_384);
        EmbeddedChannel whole = connect(budget);
        EmbeddedChannel a = connect(budget);
        EmbeddedChannel b = connect(budget);
        EmbeddedChannel c = connect(budget);

        at(0);
        write(a, "{\"type\":\"system.boot\",\"ts\":1}"); // complete JSON, but no LF: unfinished
        at(1);
        write(b, "x".repeat(10_000));
        write(whole, BOOT);
        at(2);
        write(c, "x".repeat(10_000)); // 20 029 > 16 384: a goes (29 bytes), then b (10 000)

        assertThat(a.isOpen()).isFalse();
        assertThat(b.isOpen()).isFalse();
        assertThat(c.isOpen()).isTrue();
        assertThat(counter("ingest.evicted")).isEqualTo(2);
        assertThat(counter("ingest.partial_bytes_held")).isEqualTo(10_000);
        assertThat(counter("ingest.partial_bytes_peak")).isLessThanOrEqualTo(16_384);
        assertThat(received).as("a's object was dropped, not parsed").hasSize(1);
        assertThat(stats.total(IngestStats.Outcome.TRUNCATED)).isZero();

        write(whole, BOOT + BOOT);
        assertThat(whole.isOpen()).isTrue();
        assertThat(stats.accepted()).isEqualTo(3);
    }

    @Test
    void theConnectionThatGrowsPastTheBound_isEvictedItself_whenItsLineIsTheOldest() {
        IngestBudget budget = budget(32, 16_384);
        EmbeddedChannel a = connect(budget);
        EmbeddedChannel b = connect(budget);

        at(0);
        write(a, "x".repeat(10_000));
        at(1);
        write(b, "x".repeat(5_000));
        at(2);
        write(a, "x".repeat(5_000)); // same line, begun at 0 s: the oldest

        assertThat(a.isOpen()).isFalse();
        assertThat(b.isOpen()).isTrue();
        assertThat(counter("ingest.partial_bytes_held")).isEqualTo(5_000);
    }

    @Test
    void pastTheConnectionBound_anUnfinishedLineIsEvicted_elseTheNewcomerIsRefused() {
        IngestBudget budget = budget(2, 1 << 20);
        EmbeddedChannel skipping = connect(budget);
        EmbeddedChannel whole = connect(budget);
        write(skipping, "x".repeat(20_000)); // skipping an oversize line: holds 0 bytes, still unfinished
        write(whole, BOOT);

        EmbeddedChannel third = connect(budget);
        assertThat(skipping.isOpen()).isFalse();
        assertThat(third.isOpen()).isTrue();
        assertThat(counter("ingest.evicted")).isEqualTo(1);

        EmbeddedChannel fourth = connect(budget); // both open ones are at a line boundary
        assertThat(fourth.isOpen()).isFalse();
        assertThat(whole.isOpen()).isTrue();
        assertThat(third.isOpen()).isTrue();
        assertThat(counter("ingest.connections_refused")).isEqualTo(1);
        assertThat(counter("ingest.connections_open")).isEqualTo(2);

        write(whole, BOOT);
        assertThat(stats.accepted()).isEqualTo(2);
    }

    @Test
    void aLineUnfinishedForThePartialLineTimeout_closesItsConnection_howeverSlowlyBytesCome() {
        IngestBudget budget = budget(32, 1 << 20);
        EmbeddedChannel slow = connect(budget);
        EmbeddedChannel prompt = connect(budget);

        at(0, slow, prompt);
        write(slow, "{");
        for (int s = 5; s < 30; s += 5) {
            at(s, slow, prompt);
            write(slow, "\"");
        }
        write(prompt, "{\"type\":\"system.bo"); // begun at 25 s
        at(29, slow, prompt);
        assertThat(slow.isOpen()).isTrue();
        at(31, slow, prompt);
        assertThat(slow.isOpen()).isFalse();
        assertThat(counter("ingest.stalled_closed")).isEqualTo(1);

        at(40, slow, prompt);
        write(prompt, "ot\",\"ts\":1}\n{\"type\""); // finished; the next line begins at 40 s
        at(65, slow, prompt);
        assertThat(prompt.isOpen()).isTrue();
        at(71, slow, prompt);
        assertThat(prompt.isOpen()).isFalse();
        assertThat(counter("ingest.stalled_closed")).isEqualTo(2);
        assertThat(stats.accepted()).isEqualTo(1);
    }

    @Test
    void everyConnectionCounter_isNamedInTheCounters() {
        Map<String, Long> m = new TreeMap<>();
        stats.copyInto(m);
        assertThat(m).containsKeys("ingest.connections", "ingest.connections_open", "ingest.connections_refused",
                "ingest.evicted", "ingest.idle_closed", "ingest.stalled_closed", "ingest.partial_bytes_held",
                "ingest.partial_bytes_peak");
    }
}
