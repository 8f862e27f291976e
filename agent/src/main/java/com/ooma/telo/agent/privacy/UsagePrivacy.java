package com.ooma.telo.agent.privacy;

import com.ooma.telo.agent.aggregate.Channel;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricDef;
import com.ooma.telo.agent.aggregate.MetricRegistry;
import com.ooma.telo.agent.aggregate.Series;
import com.ooma.telo.agent.aggregate.WindowSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The privacy stage between aggregate and encode for usage reports: optional local differential privacy (off by
 * default). Each usage counter the registry gives an ε gets two-sided geometric noise on every label combination
 * (zeros included, so which cells are non-zero reveals nothing); one call moves one cell by one, so the noise on the
 * whole labelled counter costs that metric's ε once. A report's total ε is charged to the daily ledger first; when
 * the budget would be overspent the noised metrics are withheld from the report instead.
 */
public final class UsagePrivacy {
    private static final double MICROS = 1_000_000;

    private final boolean enabled;
    private final GeometricNoise noise;
    private final EpsilonLedger ledger;
    private final Clock clock;
    private final ZoneId zone;

    /** @param dailyEpsilon the daily ε budget; 0 turns local DP off */
    public UsagePrivacy(double dailyEpsilon, Path stateDir, Random random, Clock clock, ZoneId zone) {
        this.enabled = dailyEpsilon > 0;
        this.noise = new GeometricNoise(random);
        this.ledger = enabled ? new EpsilonLedger(stateDir, Math.round(dailyEpsilon * MICROS)) : null;
        this.clock = clock;
        this.zone = zone;
    }

    /** What the stage made of one usage window. */
    public sealed interface Outcome {
        WindowSnapshot snapshot();

        long microEpsilon();
    }

    /** Local DP is off: the window as aggregated. */
    public record Exact(WindowSnapshot snapshot) implements Outcome {
        public long microEpsilon() {
            return 0;
        }
    }

    /** Noise added; {@code microEpsilon} was charged to today's budget. */
    public record Noised(WindowSnapshot snapshot, long microEpsilon) implements Outcome {
    }

    /** The budget would be overspent: the noisable metrics are withheld, the rest is exact. */
    public record Withheld(WindowSnapshot snapshot) implements Outcome {
        public long microEpsilon() {
            return 0;
        }
    }

    public Outcome apply(WindowSnapshot s) {
        if (!enabled || s.channel() != Channel.USAGE) {
            return new Exact(s);
        }
        List<Metric> noisy = MetricRegistry.of(Channel.USAGE).stream().filter(m -> m.def().epsilon() > 0).toList();
        long micros = noisy.stream().mapToLong(m -> Math.round(m.def().epsilon() * MICROS)).sum();
        List<Series> kept = new ArrayList<>(s.series().stream().filter(x -> !noisy.contains(x.metric())).toList());
        if (!ledger.trySpend(LocalDate.ofInstant(clock.instant(), zone), micros)) {
            return new Withheld(new WindowSnapshot(s.channel(), s.window(), kept));
        }
        for (Metric m : noisy) {
            kept.addAll(noised(m, s.of(m)));
        }
        return new Noised(new WindowSnapshot(s.channel(), s.window(), kept), micros);
    }

    private List<Series> noised(Metric m, List<Series> exact) {
        MetricDef d = m.def();
        Map<List<String>, Long> counts = new HashMap<>();
        exact.forEach(x -> counts.put(x.labels(), x.n()));
        List<Series> out = new ArrayList<>();
        for (List<String> labels : d.labelCombinations()) {
            long n = counts.getOrDefault(labels, 0L) + noise.sample(d.epsilon(), d.clamp());
            out.add(new Series(m, labels, List.of(n)));
        }
        return out;
    }
}
