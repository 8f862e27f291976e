package com.ooma.telo.agent.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.event.Cause;
import com.ooma.telo.agent.event.RedactedEvent;
import com.ooma.telo.agent.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricWindowsTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");
    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-26T17:00:00Z"));
    private final MetricWindows windows = new MetricWindows(new WindowSchedule(Duration.ofMinutes(15), NY),
            new WindowSchedule(Duration.ofDays(1), NY), clock, ConsentLevel.FULL);

    private static RedactedEvent answered(long seconds) {
        return new RedactedEvent("call.ended", Map.of("direction", "inbound", "disposition", "answered",
                "remote_number", "domestic", "duration_ms", seconds, "sip_code", "2xx"));
    }

    private static long count(WindowSnapshot s, Metric m, String... labels) {
        return s.of(m).stream().filter(x -> x.labels().equals(List.of(labels))).mapToLong(Series::n).sum();
    }

    @Test
    void callEvents_countOnlyIntoTheUsageWindow_theHealthWindowStaysEmpty() {
        windows.accept(answered(45));
        windows.accept(answered(400));
        windows.accept(new RedactedEvent("call.ended", Map.of("direction", "outbound", "disposition", "busy",
                "remote_number", "toll_free")));

        clock.advance(Duration.ofMinutes(15));
        List<WindowSnapshot> closed = windows.closeDue();
        assertThat(closed).singleElement().satisfies(h -> {
            assertThat(h.channel()).isEqualTo(Channel.HEALTH);
            assertThat(h.series()).as("a quarter hour with three calls in it").isEmpty();
        });
        WindowSnapshot usage = windows.closeNow(Channel.USAGE);
        assertThat(count(usage, Metric.FINAL_RESPONSE, "2xx")).isEqualTo(2);
        assertThat(count(usage, Metric.CALLS, "inbound", "answered", "domestic")).isEqualTo(2);
        assertThat(count(usage, Metric.CALLS, "outbound", "busy", "toll_free")).isEqualTo(1);
        Series duration = usage.of(Metric.CALL_DURATION).get(0);
        assertThat(duration.n()).as("only answered calls have a talk time").isEqualTo(2);
        assertThat(duration.cells().subList(2, 11)).containsExactly(0L, 0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L);
    }

    @Test
    void emptyWindow_isStillEmitted() {
        clock.advance(Duration.ofMinutes(15));
        assertThat(windows.closeDue()).singleElement().satisfies(s -> assertThat(s.series()).isEmpty());
    }

    @Test
    void labelOutsideItsClosedSet_isDroppedAndCounted() {
        windows.record(Metric.CALLS, 1, "inbound", "answered", "narnia");
        windows.record(Metric.CALLS, 1, "inbound");
        WindowSnapshot usage = windows.closeNow(Channel.USAGE);
        WindowSnapshot health = windows.closeNow(Channel.HEALTH);
        assertThat(usage.of(Metric.CALLS)).isEmpty();
        assertThat(count(usage, Metric.CALL_METRIC_DROPS, "unknown_label")).as("a call metric's drop").isEqualTo(2);
        assertThat(health.series()).as("its timing is call timing: not on health").isEmpty();
        windows.record(Metric.REBOOTS, 1, "gremlins");
        assertThat(count(windows.closeNow(Channel.HEALTH), Metric.METRIC_DROPS, "unknown_label")).isEqualTo(1);
    }

    @Test
    void whileACallEventIsRecorded_aDeviceMetricRefusesTheSample_andTheRefusalIsCountedOnUsage() {
        // A future binding that forgot the rule: a call.* event that drives a health metric.
        windows.during(Cause.CALLS, () -> windows.record(Metric.REBOOTS, 1, "watchdog"));
        windows.record(Metric.REBOOTS, 1, "power_loss"); // on the device's behalf: allowed
        WindowSnapshot health = windows.closeNow(Channel.HEALTH);
        assertThat(count(health, Metric.REBOOTS, "watchdog")).isZero();
        assertThat(count(health, Metric.REBOOTS, "power_loss")).isEqualTo(1);
        assertThat(count(windows.closeNow(Channel.USAGE), Metric.CALL_METRIC_DROPS, "device_metric_from_call"))
                .isEqualTo(1);
    }

    @Test
    void valueBeyondTheClamp_isClampedAndCounted() {
        windows.record(Metric.CALL_DURATION, 90_000); // a stuck 25-hour call
        WindowSnapshot usage = windows.closeNow(Channel.USAGE);
        assertThat(usage.of(Metric.CALL_DURATION).get(0).cells().get(1)).isEqualTo(14_400L);
        assertThat(count(usage, Metric.CALL_METRIC_DROPS, "clamped")).isEqualTo(1);
        assertThat(windows.closeNow(Channel.HEALTH).series()).isEmpty();
    }

    @Test
    void essentialConsent_purgesUsageAtOnce_andStopsRecordingIt() {
        windows.accept(answered(45));
        windows.setConsent(ConsentLevel.ESSENTIAL);
        windows.accept(answered(45));
        assertThat(windows.open()).filteredOn(w -> w.channel() == Channel.USAGE)
                .singleElement().satisfies(w -> assertThat(w.series()).isEmpty());
        windows.setConsent(ConsentLevel.FULL);
        assertThat(windows.closeNow(Channel.USAGE).series()).isEmpty();
        assertThat(windows.closeNow(Channel.HEALTH).series()).as("calls never reach health").isEmpty();
    }

    @Test
    void restoredWindow_thatHasEnded_isEmittedByTheNextClose() {
        windows.accept(answered(45));
        List<WindowSnapshot> saved = windows.open();
        MetricWindows after = new MetricWindows(new WindowSchedule(Duration.ofMinutes(15), NY),
                new WindowSchedule(Duration.ofDays(1), NY), clock, ConsentLevel.FULL);
        clock.advance(Duration.ofDays(1));
        after.restore(saved);
        List<WindowSnapshot> closed = after.closeDue();
        assertThat(closed).extracting(WindowSnapshot::channel).containsExactlyInAnyOrder(Channel.HEALTH,
                Channel.USAGE);
        WindowSnapshot usage = closed.stream().filter(w -> w.channel() == Channel.USAGE).findFirst().orElseThrow();
        assertThat(count(usage, Metric.CALLS, "inbound", "answered", "domestic")).isEqualTo(1);
        assertThat(usage.window()).isEqualTo(saved.get(1).window());
    }

    @Test
    void quantity_keepsMinMaxLastAndSum() {
        for (long v : new long[] {30, 80, 50}) {
            windows.accept(new RedactedEvent("network.rtt", Map.of("rtt_ms", v)));
        }
        Series rtt = windows.closeNow(Channel.HEALTH).of(Metric.SBC_RTT).get(0);
        assertThat(rtt.cells()).containsExactly(3L, 160L, 30L, 80L, 50L);
    }
}
