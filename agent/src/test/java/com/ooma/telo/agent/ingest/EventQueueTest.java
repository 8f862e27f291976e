package com.ooma.telo.agent.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.event.HubEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventQueueTest {
    private static HubEvent event(String value) {
        return new HubEvent("system.resources", 1, Map.of("note", value));
    }

    @Test
    void offer_refusesPastTheEventBound_andTakesAgainOnceDrained() throws Exception {
        EventQueue q = new EventQueue(3, 1 << 20);
        assertThat(q.offer(event("a")) && q.offer(event("b")) && q.offer(event("c"))).isTrue();
        assertThat(q.offer(event("d"))).as("full: the caller drops and counts").isFalse();
        List<HubEvent> out = new ArrayList<>();
        assertThat(q.drainTo(out, 2, 0)).isEqualTo(2);
        assertThat(out).extracting(e -> e.fields().get("note")).containsExactly("a", "b");
        assertThat(q.offer(event("e"))).isTrue();
        out.clear();
        q.drainTo(out, 10, 0);
        assertThat(out).extracting(e -> e.fields().get("note")).containsExactly("c", "e");
        assertThat(q.isEmpty()).isTrue();
        assertThat(q.bytes()).isZero();
    }

    @Test
    void offer_refusesPastTheByteBound_evenWithRoomForEvents() {
        HubEvent big = event("x".repeat(1000));
        int size = EventBytes.of(big);
        EventQueue q = new EventQueue(1000, 2L * size);
        assertThat(q.offer(big) && q.offer(big)).isTrue();
        assertThat(q.offer(big)).isFalse();
        assertThat(q.bytes()).isEqualTo(2L * size).isEqualTo(q.peakBytes());
    }

    @Test
    void eventBytes_growsWithWhatTheEventHolds_andCountsNonLatin1TextTwice() {
        assertThat(EventBytes.of(event("x".repeat(800)))).isGreaterThan(EventBytes.of(event("x")) + 790);
        assertThat(EventBytes.of(event("\u4e2d".repeat(800)))).isGreaterThan(EventBytes.of(event("x".repeat(800))) + 790);
    }

    @Test
    void wake_endsTheNextWaitWithNothing_once() throws Exception {
        EventQueue q = new EventQueue(4, 1 << 20);
        q.wake(); // an embedding moved the clock: the worker must look at it now, not after its wait
        assertThat(q.drainTo(new ArrayList<>(), 4, 3_600_000)).as("returns at once, empty").isZero();
        assertThat(q.offer(event("a"))).isTrue();
        List<HubEvent> out = new ArrayList<>();
        assertThat(q.drainTo(out, 4, 3_600_000)).as("the wake is spent; events still come").isEqualTo(1);
    }

    @Test
    void drainTo_onAnEmptyQueueWithoutWait_returnsNothing() throws Exception {
        assertThat(new EventQueue(4, 1 << 20).drainTo(new ArrayList<>(), 4, 0)).isZero();
    }
}
