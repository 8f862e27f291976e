package com.ooma.telo.agent.diag;

import com.ooma.telo.agent.event.HubEvent;
import com.ooma.telo.agent.log.LogRing;
import com.ooma.telo.agent.log.MinuteTimes;
import com.ooma.telo.agent.redact.text.LogRedactor;
import com.ooma.telo.agent.redact.text.RedactedLine;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Takes {@code diag.log} events (the hub's own log lines) on the pipeline worker, redacts them on arrival and holds
 * them in a bounded in-memory ring, for a diagnostics bundle only:
 *
 * <pre>
 * diag.log event ─▶ message, component: LogRedactor (placeholders; the residual gate may drop the line)
 *                ─▶ clock times in the text cut to the minute (MinuteTimes); ts cut to the minute (UTC)
 *                ─▶ "2026-12-02T18:48Z warn [sipua] REGISTER &lt;SIP_URI&gt; contact &lt;IP&gt;:5060"
 *                ─▶ ring: ≤ 2,000 lines, ≤ 128 KiB, oldest evicted and counted
 * </pre>
 * The raw event never leaves this method: not on flash, not in a log line, not in a report. The counters
 * ({@code diag.hub_lines.*}) are call-caused (hub lines follow calls), so they are shown only on the loopback page.
 */
public final class HubLogIntake {
    /** 2,000 lines: a day of a normal hub (about 40 an hour), or the last minutes of a chatty one. */
    public static final int MAX_LINES = 2_000;
    /** 128 KiB: half the bundle's inflated bound. */
    public static final long MAX_BYTES = 131_072;
    /** A hub line is at most this long once redacted; the rest is cut. */
    public static final int MAX_LINE_BYTES = 1_024;
    private static final Set<String> LEVELS = Set.of("trace", "debug", "info", "notice", "warn", "warning", "error",
            "critical");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'")
            .withZone(ZoneOffset.UTC);

    private final LogRedactor redactor;
    private final LogRing ring = new LogRing(MAX_LINES, MAX_BYTES, MAX_LINE_BYTES);
    private final AtomicLong invalid = new AtomicLong();
    private final AtomicLong gated = new AtomicLong();
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong redactorErrors = new AtomicLong();

    /** @param region how national numbers are read ({@code device.region}) */
    public HubLogIntake(String region) {
        this.redactor = LogRedactor.forRegion(region);
    }

    /** Whether the pipeline hands this event here rather than to the event redactor. */
    public static boolean takes(HubEvent e) {
        return com.ooma.telo.agent.event.Cause.HUB_LOG_TYPE.equals(e.type());
    }

    /** Redacts one hub log line and holds it; an event without a string {@code message} is counted and dropped. */
    public void accept(HubEvent e) {
        Object message = e.fields().get("message");
        if (!(message instanceof String text)) {
            invalid.incrementAndGet();
            return;
        }
        RedactedLine body = redact(text);
        String component = e.fields().get("component") instanceof String c && !c.isBlank()
                ? redact(c.strip()).text() : "-";
        Object lvl = e.fields().get("level");
        String level = lvl instanceof String l && LEVELS.contains(l.strip().toLowerCase(Locale.ROOT))
                ? l.strip().toLowerCase(Locale.ROOT) : "other";
        ring.add(minute(e.tsMs()) + " " + level + " [" + component + "] " + MinuteTimes.coarsen(body.text()));
    }

    private RedactedLine redact(String text) {
        RedactedLine r;
        try {
            r = redactor.redact(text.replace('\n', ' ').replace('\r', ' '));
        } catch (RuntimeException e) {
            redactorErrors.incrementAndGet(); // a redactor defect: the line is dropped, never held unredacted
            return new RedactedLine(RedactedLine.DROPPED, true, Map.of());
        }
        if (r.dropped()) {
            gated.incrementAndGet();
        }
        r.counts().values().forEach(items::addAndGet);
        return r;
    }

    /** The hub's stamp, to the minute; one outside 2000..2100 (an unset hub clock) is written as "-". */
    public static String minute(long tsMs) {
        if (tsMs < 946_684_800_000L || tsMs > 4_102_444_800_000L) {
            return "-";
        }
        return MINUTE.format(Instant.ofEpochMilli(tsMs).truncatedTo(ChronoUnit.MINUTES));
    }

    /** The ring (the bundle reads it). */
    public LogRing ring() {
        return ring;
    }

    /** Consent off: every held line is forgotten. */
    public void purge() {
        ring.clear();
    }

    /** {@code diag.hub_lines.*}: call-caused, for the loopback page and the bundle only. */
    public void copyInto(Map<String, Long> out) {
        out.put("diag.hub_lines.accepted", ring.added());
        out.put("diag.hub_lines.evicted", ring.evicted());
        out.put("diag.hub_lines.held", (long) ring.size());
        out.put("diag.hub_lines.invalid", invalid.get());
        out.put("diag.hub_lines.gated", gated.get());
        out.put("diag.hub_lines.items_redacted", items.get());
        out.put("diag.hub_lines.redactor_errors", redactorErrors.get());
    }
}
