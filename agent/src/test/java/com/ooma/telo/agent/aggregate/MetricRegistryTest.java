package com.ooma.telo.agent.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ooma.telo.agent.event.Cause;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricRegistryTest {

    @Test
    void everyDefinition_isWellFormedForItsType() {
        for (Metric m : Metric.values()) {
            MetricDef d = m.def();
            if (!d.labels().isEmpty()) {
                assertThat(d.type()).as(d.name() + ": only labelled counters and distributions carry labels")
                        .isIn(MetricType.LABELED_COUNTER, MetricType.DISTRIBUTION);
            }
            if (d.type() == MetricType.LABELED_COUNTER) {
                assertThat(d.labels()).as(d.name()).isNotEmpty();
            }
            assertThat(d.bounds().isEmpty()).as(d.name() + " bounds").isEqualTo(d.type() != MetricType.DISTRIBUTION);
            assertThat(d.bounds()).as(d.name()).isSorted();
            assertThat(d.clamp()).as(d.name()).isPositive();
            assertThat(d.why()).as(d.name()).isNotBlank();
            d.labels().forEach(l -> assertThat(new HashSet<>(l.values())).as(d.name()).hasSameSizeAs(l.values()));
        }
    }

    @Test
    void callCausedMetrics_areUsageCsniAggregates_deviceMetricsHealth_andOnlyUsageCountersAreNoised() {
        for (Metric m : Metric.values()) {
            MetricDef d = m.def();
            boolean calls = d.cause() == Cause.CALLS;
            assertThat(d.channel()).as(d.name()).isEqualTo(calls ? Channel.USAGE : Channel.HEALTH);
            assertThat(d.metricClass()).as(d.name())
                    .isEqualTo(calls ? MetricClass.CSNI_AGGREGATE : MetricClass.NON_PERSONAL);
            if (d.epsilon() > 0) {
                assertThat(d.channel()).as(d.name()).isEqualTo(Channel.USAGE);
                assertThat(d.type()).isIn(MetricType.COUNTER, MetricType.LABELED_COUNTER);
            }
            if (d.channel() == Channel.USAGE) {
                assertThat(d.type()).as("a usage sample would be one call's exact value")
                        .isIn(MetricType.COUNTER, MetricType.LABELED_COUNTER, MetricType.DISTRIBUTION);
            }
        }
    }

    @Test
    void aCallCausedMetric_cannotBeDeclaredOnTheHealthChannel() {
        assertThatThrownBy(() -> new MetricDef("call.new_figure", MetricType.COUNTER, "calls", Cause.CALLS,
                MetricClass.NON_PERSONAL, Channel.HEALTH, "one call", 1, 0, List.of(), List.of(), "call.ended", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caused by calls");
        assertThatThrownBy(() -> new MetricDef("call.new_figure", MetricType.COUNTER, "calls", Cause.CALLS,
                MetricClass.NON_PERSONAL, Channel.USAGE, "one call", 1, 0, List.of(), List.of(), "call.ended", "x"))
                .as("usage, but classed as non-personal").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyMetricDrivenByACallEventType_isCausedByCalls() {
        for (Metric m : Metric.values()) {
            MetricDef d = m.def();
            if (d.source().startsWith(Cause.CALL_TYPE_PREFIX)) {
                assertThat(d.cause()).as(d.name() + " comes from " + d.source()).isEqualTo(Cause.CALLS);
            }
        }
    }

    @Test
    void namesAreUnique_andFindable() {
        List<String> names = Arrays.stream(Metric.values()).map(m -> m.def().name()).toList();
        assertThat(names).doesNotHaveDuplicates();
        names.forEach(n -> assertThat(MetricRegistry.byName(n)).isPresent());
        assertThat(MetricRegistry.byName("calls.by_number")).isEmpty();
    }

    @Test
    void hash_coversEveryDefinition() {
        assertThat(MetricRegistry.hash()).hasSize(32);
        String canonical = MetricRegistry.canonical();
        for (Metric m : Metric.values()) {
            assertThat(canonical).contains(m.def().name() + "|" + m.def().type().label());
            m.def().labels().forEach(l -> assertThat(canonical).contains(l.name() + "=" + l.values()));
        }
    }
}
