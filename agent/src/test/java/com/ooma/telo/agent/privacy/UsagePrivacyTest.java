package com.ooma.telo.agent.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.aggregate.Channel;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.ReportWindow;
import com.ooma.telo.agent.aggregate.Series;
import com.ooma.telo.agent.aggregate.WindowSnapshot;
import com.ooma.telo.agent.testing.FakeClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsagePrivacyTest {
    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-26T12:00:00Z"));
    private final WindowSnapshot day = new WindowSnapshot(Channel.USAGE,
            new ReportWindow(Instant.parse("2026-11-26T00:00:00Z"), Instant.parse("2026-11-27T00:00:00Z")),
            List.of(new Series(Metric.CALLS, List.of("inbound", "answered", "domestic"), List.of(3L)),
                    new Series(Metric.CALL_FORWARDED, List.of(), List.of(1L))));

    @Test
    void off_byDefault_leavesTheWindowExact() {
        UsagePrivacy off = new UsagePrivacy(0, dir, new Random(1), clock, ZoneOffset.UTC);
        assertThat(off.apply(day)).isEqualTo(new UsagePrivacy.Exact(day));
    }

    @Test
    void on_noisesEveryLabelCombination_andChargesTheLedger() {
        UsagePrivacy on = new UsagePrivacy(2.5, dir, new Random(1), clock, ZoneOffset.UTC);
        UsagePrivacy.Outcome out = on.apply(day);
        assertThat(out).isInstanceOf(UsagePrivacy.Noised.class);
        assertThat(out.microEpsilon()).isEqualTo(1_250_000); // calls 0.5 + hour 0.25 + distinct 0.25 + repeat 0.25
        assertThat(out.snapshot().of(Metric.CALLS)).hasSize(Metric.CALLS.def().labelCombinations().size());
        assertThat(out.snapshot().of(Metric.CALL_FORWARDED)).as("not a noised metric")
                .containsExactly(day.of(Metric.CALL_FORWARDED).get(0));
    }

    @Test
    void overspend_withholdsTheNoisedMetrics_insteadOfSendingThem() {
        UsagePrivacy on = new UsagePrivacy(2.5, dir, new Random(1), clock, ZoneOffset.UTC);
        on.apply(day);
        on.apply(day);
        UsagePrivacy.Outcome third = on.apply(day);
        assertThat(third).isInstanceOf(UsagePrivacy.Withheld.class);
        assertThat(third.snapshot().of(Metric.CALLS)).isEmpty();
        assertThat(third.snapshot().of(Metric.CALL_FORWARDED)).hasSize(1);
    }
}
