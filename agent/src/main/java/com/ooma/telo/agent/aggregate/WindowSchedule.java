package com.ooma.telo.agent.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Cuts time into report windows in the hub's zone: aligned to local midnight, so a daily window is a local calendar
 * day (23 or 25 hours across a DST change) and shorter intervals tile each day from midnight.
 */
public record WindowSchedule(Duration interval, ZoneId zone) {
    private static final Duration DAY = Duration.ofDays(1);

    /** The window that contains {@code t}. */
    public ReportWindow windowAt(Instant t) {
        ZonedDateTime local = t.atZone(zone);
        LocalDate day = local.toLocalDate();
        Instant midnight = day.atStartOfDay(zone).toInstant();
        if (interval.compareTo(DAY) >= 0 && interval.toDays() * 86_400L == interval.getSeconds()
                && interval.getNano() == 0) {
            long days = interval.toDays();
            long epochDay = day.toEpochDay();
            LocalDate first = LocalDate.ofEpochDay(epochDay - Math.floorMod(epochDay, days));
            return new ReportWindow(first.atStartOfDay(zone).toInstant(),
                    first.plusDays(days).atStartOfDay(zone).toInstant());
        }
        long step = interval.toMillis();
        long into = t.toEpochMilli() - midnight.toEpochMilli();
        Instant start = midnight.plusMillis(into - Math.floorMod(into, step));
        Instant nextMidnight = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant end = start.plusMillis(step);
        return new ReportWindow(start, end.isAfter(nextMidnight) ? nextMidnight : end);
    }
}
