package com.ooma.telo.agent.log;

import java.util.regex.Pattern;

/**
 * Coarsens every clock time in a log line to the minute: {@code 18:48:34.123} becomes {@code 18:48}, in ISO 8601
 * stamps and syslog stamps alike. Call and SIP lines are stamped, and a stamp to the second or millisecond says when
 * a call happened more finely than anything that leaves the home may (docs/design.md §2, "Call timing"); what the
 * diagnostics bundle and the log rings hold keeps no time finer than a minute.
 */
public final class MinuteTimes {
    /** hh:mm:ss with optional fraction, not preceded or followed by another digit or colon-digit. */
    private static final Pattern SECONDS = Pattern.compile("(?<![\\d:])(\\d{1,2}:\\d{2}):\\d{2}(?:[.,]\\d{1,9})?(?![\\d:])");

    private MinuteTimes() {}

    public static String coarsen(String line) {
        return line.indexOf(':') < 0 ? line : SECONDS.matcher(line).replaceAll("$1");
    }
}
