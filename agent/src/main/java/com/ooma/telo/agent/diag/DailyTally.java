package com.ooma.telo.agent.diag;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What the agent's cumulative counters gained today (since local midnight in {@code device.timezone}, or since start)
 * and device events per hour over the last 24 hours, for the status page. The worker calls {@link #tick} on every
 * pass; it reads the counters only when an hour ends. In memory only; consent {@code off} resets it, as it holds
 * call counts too.
 */
public final class DailyTally {
    /** Hours the chart shows. */
    public static final int HOURS = 24;
    /** The counter the chart draws: device events taken in (its call share is subtracted). */
    static final String DEVICE_EVENTS = "ingest.accepted";

    private final ZoneId zone;
    private final Deque<Long> hours = new ArrayDeque<>();
    private SortedMap<String, Long> dayStart = new TreeMap<>();
    private long hourStartDevice;
    private Instant nextHour;
    private Instant nextDay;

    public DailyTally(ZoneId zone, Instant now) {
        this.zone = zone;
        schedule(now);
    }

    /** From the worker: at an hour's end, closes that hour's bar; at local midnight, starts a new day. */
    public synchronized void tick(Instant now, Supplier<SortedMap<String, Long>> counters) {
        if (now.isBefore(nextHour)) {
            return;
        }
        SortedMap<String, Long> c = counters.get();
        long device = device(c);
        hours.addLast(Math.max(0, device - hourStartDevice));
        while (hours.size() > HOURS - 1) {
            hours.removeFirst();
        }
        hourStartDevice = device;
        if (!now.isBefore(nextDay)) {
            dayStart = new TreeMap<>(c);
        }
        schedule(now);
    }

    /** Each counter's gain today. */
    public synchronized SortedMap<String, Long> today(Map<String, Long> now) {
        SortedMap<String, Long> out = new TreeMap<>();
        now.forEach((k, v) -> out.put(k, v - dayStart.getOrDefault(k, 0L)));
        return out;
    }

    /** Device events per hour, oldest first; the last entry is the hour under way. */
    public synchronized List<Long> hourly(Map<String, Long> now) {
        List<Long> out = new ArrayList<>(HOURS);
        for (int i = hours.size(); i < HOURS - 1; i++) {
            out.add(0L);
        }
        out.addAll(hours);
        out.add(Math.max(0, device(now) - hourStartDevice));
        return out;
    }

    /** Consent off: what was counted so far no longer counts as today (it holds call counts). */
    public synchronized void reset(SortedMap<String, Long> now) {
        dayStart = new TreeMap<>(now);
    }

    private static long device(Map<String, Long> c) {
        return c.getOrDefault(DEVICE_EVENTS, 0L) - c.getOrDefault(DEVICE_EVENTS + ".calls", 0L);
    }

    private void schedule(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        nextHour = local.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
        nextDay = local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
