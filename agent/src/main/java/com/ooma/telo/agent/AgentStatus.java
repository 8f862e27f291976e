package com.ooma.telo.agent;

import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.diag.BuildInfo;
import com.ooma.telo.agent.diag.DailyTally;
import com.ooma.telo.agent.diag.LastReports;
import com.ooma.telo.agent.status.DeviceCounters;
import com.ooma.telo.agent.status.StatusSnapshot;
import com.ooma.telo.agent.status.StatusSource;
import com.ooma.telo.agent.status.View;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The agent's side of the status listener: its facts, cut to the asking view. Call-derived facts (call counters, the
 * usage report, hub log counts) are shown only on loopback at consent {@code full}; everywhere else the counters are
 * the device's share ({@link DeviceCounters}). Called on the status thread; everything it reads is thread-safe.
 */
final class AgentStatus implements StatusSource {
    /** A broker not reached this long after start makes {@code /healthz} answer 503 {@code broker}. */
    static final Duration BROKER_GRACE = Duration.ofMinutes(2);
    /** A spool this full makes {@code /healthz} answer 503 {@code spool}. */
    static final double SPOOL_FULL_SHARE = 0.95;

    /** What the pipeline lends: each a live reading. */
    record Sources(String deviceId, Clock clock, Instant startedAt, Supplier<SortedMap<String, Long>> counters,
                   Supplier<ConsentLevel> consent, BooleanSupplier connected, Supplier<Optional<String>> connectError,
                   BooleanSupplier workerAlive, long spoolMaxBytes, DailyTally tally, LastReports reports) {
    }

    private final Sources s;

    AgentStatus(Sources sources) {
        this.s = sources;
    }

    @Override
    public String json(View view) {
        // Only what the JSON shows: not the snapshot's decoded reports, day tally and chart (the page's), which
        // cost far more than the counters and would load Jackson's data binding for every poll.
        Instant now = s.clock().instant();
        ConsentLevel consent = s.consent().get();
        SortedMap<String, Long> all = s.counters().get();
        Duration uptime = Duration.between(s.startedAt(), now);
        uptime = uptime.isNegative() ? Duration.ZERO : uptime;
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("version", BuildInfo.current().describe());
        facts.put("uptime_s", uptime.toSeconds());
        facts.put("consent", consent.label());
        facts.put("health", health(all, uptime));
        facts.put("view", view.name().toLowerCase(java.util.Locale.ROOT));
        return StatusCounters.json(s.deviceId(), view.showsCalls(consent == ConsentLevel.FULL) ? all
                : DeviceCounters.of(all), s.connected().getAsBoolean(), s.connectError().get(), facts);
    }

    @Override
    public StatusSnapshot snapshot(View view) {
        Instant now = s.clock().instant();
        ConsentLevel consent = s.consent().get();
        boolean calls = view.showsCalls(consent == ConsentLevel.FULL);
        SortedMap<String, Long> all = s.counters().get();
        SortedMap<String, Long> shown = calls ? all : DeviceCounters.of(all);
        SortedMap<String, Long> today = s.tally().today(all);
        Duration uptime = Duration.between(s.startedAt(), now);
        return new StatusSnapshot(s.deviceId(), BuildInfo.current().describe(), now,
                uptime.isNegative() ? Duration.ZERO : uptime, consent.label(), s.connected().getAsBoolean(),
                s.connectError().get(), health(all, uptime), shown, calls ? today : DeviceCounters.of(today),
                s.tally().hourly(all), s.reports().health().map(AgentStatus::report),
                calls ? s.reports().usage().map(AgentStatus::report) : Optional.empty(), calls, view);
    }

    private String health(Map<String, Long> c, Duration uptime) {
        if (!s.workerAlive().getAsBoolean()) {
            return "pipeline";
        }
        if (c.getOrDefault("spool.bytes", 0L) >= SPOOL_FULL_SHARE * s.spoolMaxBytes()) {
            return "spool";
        }
        if (!s.connected().getAsBoolean() && uptime.compareTo(BROKER_GRACE) > 0) {
            return "broker";
        }
        return "ok";
    }

    private static StatusSnapshot.Report report(LastReports.Copy c) {
        return new StatusSnapshot.Report(c.sealedAt(), c.json());
    }
}
