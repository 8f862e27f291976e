package com.ooma.telo.agent.log;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.tinylog.Level;
import org.tinylog.configuration.Configuration;
import org.tinylog.format.AdvancedMessageFormatter;
import org.tinylog.provider.LoggingProvider;
import org.tinylog.provider.ProviderRegistry;

/**
 * Drop-in for {@code org.tinylog.Logger} at every log site that outside input can trigger: the same
 * {@code (format, args)} call, throttled by a {@link LogThrottle} per site. The format string names the site, so
 * it must be a constant (never built from input); calls with the same format share one throttle. A written line
 * that follows suppressed ones ends with {@code [N more suppressed]}. The line keeps its caller's class name, as if
 * the caller had used {@code Logger} itself.
 *
 * <p>Sites are few and fixed; should more than {@value #MAX_SITES} formats ever arrive, the rest share one
 * throttle, so this class cannot grow without bound either.
 */
public final class ThrottledLog {
    static final int MAX_SITES = 256;

    private static final Map<String, LogThrottle> SITES = new ConcurrentHashMap<>();
    private static final LogThrottle OVERFLOW = LogThrottle.perMinute();
    private static final LongAdder SUPPRESSED = new LongAdder();

    private ThrottledLog() {}

    public static void debug(String format, Object... args) {
        log(Level.DEBUG, format, args);
    }

    public static void info(String format, Object... args) {
        log(Level.INFO, format, args);
    }

    public static void warn(String format, Object... args) {
        log(Level.WARN, format, args);
    }

    public static void error(String format, Object... args) {
        log(Level.ERROR, format, args);
    }

    private static void log(Level level, String format, Object... args) {
        LoggingProvider provider = ProviderRegistry.getLoggingProvider();
        String caller = ThrottledLog.class.getName(); // tinylog names the frame below this class as the source
        if (!provider.isEnabled(caller, null, level)) {
            return; // below the level: neither counted nor formatted
        }
        OptionalLong suppressed = throttle(format).admit();
        if (suppressed.isEmpty()) {
            SUPPRESSED.increment();
            return;
        }
        provider.log(caller, null, level, null, null, message(format, args, suppressed.getAsLong()),
                (Object[]) null);
    }

    /** The formatted line, with the suppressed count when there is one. */
    static String message(String format, Object[] args, long suppressed) {
        String text = new AdvancedMessageFormatter(Configuration.getLocale(), Configuration.isEscapingEnabled())
                .format(format, args);
        return suppressed == 0 ? text : text + " [" + suppressed + " more suppressed]";
    }

    /** Lines suppressed so far, at every site: the status counter {@code log.suppressed}. */
    public static long suppressed() {
        return SUPPRESSED.sum();
    }

    /** Occurrences counted at the site with this format (0 if it never fired): for tests and probes. */
    static long occurrences(String format) {
        LogThrottle t = SITES.get(format);
        return t == null ? 0 : t.occurrences();
    }

    private static LogThrottle throttle(String format) {
        LogThrottle t = SITES.get(format);
        if (t != null) {
            return t;
        }
        return SITES.size() >= MAX_SITES ? OVERFLOW : SITES.computeIfAbsent(format, f -> LogThrottle.perMinute());
    }
}
