package com.ooma.telo.agent.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.event.CallRecord;
import com.ooma.telo.agent.event.CallRecord.Direction;
import com.ooma.telo.agent.event.CallRecord.Disposition;
import com.ooma.telo.agent.event.DestinationClass;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageAggregatorTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");

    /** A clock the test moves by hand. */
    static final class FakeClock extends Clock {
        Instant now;

        FakeClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static CallRecord answered(long seconds) {
        return new CallRecord(Direction.INBOUND, Disposition.ANSWERED, DestinationClass.DOMESTIC, 10, seconds, true);
    }

    @Test
    void dailyWindow_isTheLocalCalendarDay_evenAcrossDst() {
        WindowSchedule daily = new WindowSchedule(Duration.ofDays(1), NY);
        ReportWindow w = daily.windowAt(Instant.parse("2026-03-08T15:00:00Z")); // DST starts that morning
        assertThat(w.start()).isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
        assertThat(w.end()).isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
        assertThat(Duration.between(w.start(), w.end())).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void shortWindows_tileTheLocalDayFromMidnight() {
        WindowSchedule quarter = new WindowSchedule(Duration.ofMinutes(15), NY);
        ReportWindow w = quarter.windowAt(Instant.parse("2026-11-26T17:07:30Z"));
        assertThat(w).isEqualTo(new ReportWindow(Instant.parse("2026-11-26T17:00:00Z"),
                Instant.parse("2026-11-26T17:15:00Z")));
    }

    @Test
    void windowClosesWhenTheClockPassesItsEnd_andCountsWhatItHeld() {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-26T17:00:00Z"));
        UsageAggregator agg = new UsageAggregator(new WindowSchedule(Duration.ofMinutes(15), NY), clock);
        agg.add(answered(45));
        agg.add(answered(400));
        agg.add(new CallRecord(Direction.OUTBOUND, Disposition.BUSY, DestinationClass.TOLL_FREE, 10, 0, false));

        clock.advance(Duration.ofMinutes(14));
        assertThat(agg.closeDue()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        List<UsageSnapshot> closed = agg.closeDue();

        assertThat(closed).hasSize(1);
        UsageSnapshot s = closed.get(0);
        assertThat(s.totalCalls()).isEqualTo(3);
        assertThat(s.calls()).containsEntry(
                new CallKey(Direction.INBOUND, Disposition.ANSWERED, DestinationClass.DOMESTIC), 2L);
        assertThat(s.duration().n()).isEqualTo(2); // only answered calls have a talk time
        assertThat(s.duration().counts()).containsExactly(0L, 0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L);
        assertThat(agg.closeDue()).isEmpty();
    }

    @Test
    void emptyWindow_isStillEmitted() {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-26T17:00:00Z"));
        UsageAggregator agg = new UsageAggregator(new WindowSchedule(Duration.ofMinutes(15), NY), clock);
        clock.advance(Duration.ofMinutes(15));
        assertThat(agg.closeDue()).singleElement().satisfies(s -> assertThat(s.totalCalls()).isZero());
    }

    @Test
    void histogramSum_isWithheldBelowFiveSamples() {
        DurationHistogram h = new DurationHistogram();
        for (int i = 0; i < 4; i++) {
            h.add(100);
        }
        assertThat(h.snapshot().sumS()).isNull();
        h.add(100);
        assertThat(h.snapshot().sumS()).isEqualTo(500L);
    }

    @Test
    void closeNow_endsTheWindowAtNow() {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-26T17:00:00Z"));
        UsageAggregator agg = new UsageAggregator(new WindowSchedule(Duration.ofMinutes(15), NY), clock);
        agg.add(answered(10));
        clock.advance(Duration.ofMinutes(5));
        UsageSnapshot s = agg.closeNow();
        assertThat(s.window().end()).isEqualTo(Instant.parse("2026-11-26T17:05:00Z"));
        assertThat(s.totalCalls()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        assertThat(agg.closeDue()).singleElement().satisfies(next -> {
            assertThat(next.totalCalls()).isZero();
            assertThat(next.window().start()).isEqualTo(Instant.parse("2026-11-26T17:05:00Z"));
        });
    }
}
