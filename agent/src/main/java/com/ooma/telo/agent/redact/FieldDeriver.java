package com.ooma.telo.agent.redact;

import com.ooma.telo.agent.redact.Treatment.Destination;
import com.ooma.telo.agent.redact.Treatment.DurationSeconds;
import com.ooma.telo.agent.redact.Treatment.Flag;
import com.ooma.telo.agent.redact.Treatment.HourBand;
import com.ooma.telo.agent.redact.Treatment.Identity;
import com.ooma.telo.agent.redact.Treatment.IpAddress;
import com.ooma.telo.agent.redact.Treatment.Label;
import com.ooma.telo.agent.redact.Treatment.Measure;
import com.ooma.telo.agent.redact.Treatment.ResponseClass;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies one field's {@link Treatment} to its raw value and writes the derivative (never the value) into the
 * redacted event. Derived names: the field's own name, plus {@code .class}/{@code .family} for addresses and
 * {@code .first_today} for pseudonymised numbers.
 */
final class FieldDeriver {
    private static final Set<String> ANONYMOUS = Set.of("anonymous", "private", "restricted", "unknown",
            "unavailable", "withheld", "blocked");

    /** "00" to "23": what {@code String.format("%02d", hour)} gives, without a Formatter for every call. */
    private static final String[] HOURS = java.util.stream.IntStream.range(0, 24)
            .mapToObj(h -> (h < 10 ? "0" : "") + h).toArray(String[]::new);

    private final NumberClassifier numbers;
    private final IpClassifier addresses = new IpClassifier();
    private final CallerPseudonyms pseudonyms;
    private final ZoneId zone;
    private boolean pseudonymsAllowed = true;

    FieldDeriver(NumberClassifier numbers, CallerPseudonyms pseudonyms, ZoneId zone) {
        this.numbers = numbers;
        this.pseudonyms = pseudonyms;
        this.zone = zone;
    }

    /** @return false when the value is unusable (wrong kind, out of range, not in a closed list without fallback) */
    boolean derive(FieldRule rule, Object value, Map<String, Object> out) {
        String name = rule.name();
        Treatment t = rule.treatment();
        if (t instanceof Label l) {
            if (!(value instanceof String s)) {
                return false;
            }
            String v = s.strip().toLowerCase(Locale.ROOT);
            String label = l.allowed().contains(v) ? v : l.fallback();
            return label != null && out.put(name, label) == null;
        } else if (t instanceof Measure m) {
            Long v = scaled(value, m.scale());
            return v != null && v >= m.min() && v <= m.max() && out.put(name, v) == null;
        } else if (t instanceof DurationSeconds d) {
            Long ms = scaled(value, 1);
            return ms != null && ms >= 0 && out.put(name, Math.min(ms / 1000, d.clampS())) == null;
        } else if (t instanceof Flag) {
            return value instanceof Boolean b && out.put(name, b) == null;
        } else if (t instanceof Destination d) {
            return destination(name, value, d.pseudonym(), out);
        } else if (t instanceof Identity) {
            if (!(value instanceof String s)) {
                return false;
            }
            String v = s.strip().toLowerCase(Locale.ROOT);
            boolean anonymous = v.isEmpty() || ANONYMOUS.contains(v) || v.contains("anonymous");
            return out.put(name, anonymous ? "anonymous" : "present") == null;
        } else if (t instanceof IpAddress) {
            if (!(value instanceof String s)) {
                return false;
            }
            return addresses.classify(s).map(c -> {
                out.put(name + ".class", c.cls());
                out.put(name + ".family", c.family());
                return true;
            }).orElse(false);
        } else if (t instanceof HourBand) {
            Long ms = scaled(value, 1);
            return ms != null && ms > 0 && out.put(name,
                    HOURS[Instant.ofEpochMilli(ms).atZone(zone).getHour()]) == null;
        } else if (t instanceof ResponseClass) {
            Long code = scaled(value, 1);
            return code != null && code >= 100 && code <= 699 && out.put(name, (code / 100) + "xx") == null;
        } else if (t instanceof Treatment.LogText) {
            return value instanceof String; // held by the hub log ring (diag), never derived into an event
        }
        return false; // Drop: never read
    }

    private boolean destination(String name, Object value, boolean pseudonym, Map<String, Object> out) {
        if (value != null && !(value instanceof String)) {
            return false;
        }
        String dialled = (String) value;
        if (!(pseudonym && pseudonymsAllowed)) {
            out.put(name, numbers.classify(dialled).label());
            return true;
        }
        NumberClassifier.Classified c = numbers.classifyWithE164(dialled); // one parse for both
        out.put(name, c.destination().label());
        c.e164().ifPresent(e164 -> out.put(name + ".first_today", pseudonyms.firstToday(e164)));
        return true;
    }

    void allowPseudonyms(boolean allowed) {
        pseudonymsAllowed = allowed;
        if (!allowed) {
            pseudonyms.forget();
        }
    }

    private static Long scaled(Object value, long scale) {
        if (value instanceof Long l) {
            try {
                return Math.multiplyExact(l, scale);
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return Math.round(d * scale);
        }
        return null;
    }
}
