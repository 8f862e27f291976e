package com.ooma.telo.agent.redact;

import com.ooma.telo.agent.event.Cause;
import com.ooma.telo.agent.event.HubEvent;
import com.ooma.telo.agent.event.RedactedEvent;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The redact stage for structured events: deny by default. Only fields declared in {@link EventSchemas} are read, and
 * each is reduced to the derivative its treatment allows; every other field is dropped and counted per event type.
 * Single-threaded use (the pipeline worker); counters are safe to read from other threads.
 */
public final class EventRedactor {
    private final FieldDeriver deriver;
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    /**
     * Each schema's {@code fields_dropped.*} counters by policy class (ordinal) and, last, undeclared: a dropped
     * field costs an array slot, not a new counter name (worker only).
     */
    private final Map<EventSchema, LongAdder[]> dropCounters = new IdentityHashMap<>();
    private static final int UNDECLARED = PolicyClass.values().length;

    public EventRedactor(String region, ZoneId zone) {
        this(region, zone, Clock.systemUTC());
    }

    /** @param clock decides the local day, on which the caller-pseudonym key rotates */
    public EventRedactor(String region, ZoneId zone, Clock clock) {
        this.deriver = new FieldDeriver(new NumberClassifier(region), new CallerPseudonyms(clock, zone), zone);
    }

    public RedactOutcome redact(HubEvent event) {
        EventSchema schema = EventSchemas.BY_TYPE.get(event.type());
        if (schema == null) {
            // The type's name is not recorded: a name can itself carry data. Only whether calls cause it (call.*).
            count("events_unknown_type");
            if (Cause.ofType(event.type()) == Cause.CALLS) {
                count("events_unknown_type.calls");
            }
            return new RedactOutcome.UnknownType();
        }
        Map<String, FieldRule> rules = EventSchemas.RULES.get(event.type());
        LongAdder[] drops = dropCounters.computeIfAbsent(schema, k -> new LongAdder[UNDECLARED + 1]);
        Map<String, Object> derived = new HashMap<>();
        String invalid = null;
        for (Map.Entry<String, Object> f : event.fields().entrySet()) {
            FieldRule rule = rules.get(f.getKey());
            if (rule == null) {
                drop(drops, schema, UNDECLARED);
            } else if (!rule.keep()) {
                drop(drops, schema, rule.policy().ordinal());
            } else if (!deriver.derive(rule, f.getValue(), derived)) {
                count("fields_invalid." + event.type() + "." + rule.name());
                invalid = rule.required() ? rule.name() : invalid;
            }
        }
        for (FieldRule rule : schema.fields()) {
            if (rule.required() && !event.fields().containsKey(rule.name())) {
                invalid = rule.name();
            }
        }
        if (invalid != null) {
            count("events_invalid." + event.type() + "." + invalid);
            return new RedactOutcome.Invalid(invalid);
        }
        return new RedactOutcome.Kept(new RedactedEvent(event.type(), derived));
    }

    /**
     * Whether numbers may be pseudonymised at all (only for usage counts, so only at consent {@code full}). Turning
     * it off forgets the key and every pseudonym at once.
     */
    public void allowPseudonyms(boolean allowed) {
        deriver.allowPseudonyms(allowed);
    }

    /**
     * Whether a field is Communications content (DTMF digits, recordings, transcripts): a parser may skip its value
     * without reading it, so that it is never held in memory at all.
     */
    public static boolean isCommunications(String type, String field) {
        Map<String, FieldRule> rules = EventSchemas.RULES.get(type);
        FieldRule rule = rules == null ? null : rules.get(field);
        return rule != null && rule.policy() == PolicyClass.COMMUNICATIONS;
    }

    /**
     * Whether the parser may leave a field's value unread ({@link HubEvent#WITHHELD}): true for every field this
     * stage never reads the value of, whatever it holds: Communications content, fields it drops (undeclared, or
     * declared as dropped) and every field of an unknown type. Such a value never reaches the queue, and the
     * redactor counts the field exactly as it would with its value: it only looks at the field's name.
     */
    public static boolean isUnreadAtIngest(String type, String field) {
        java.util.Set<String> read = READ_FIELDS.get(type);
        return read == null || !read.contains(field);
    }

    /** Per declared type, the fields whose values the redactor reads (kept, not Communications). */
    private static final Map<String, java.util.Set<String>> READ_FIELDS = readFields();

    private static Map<String, java.util.Set<String>> readFields() {
        Map<String, java.util.Set<String>> m = new HashMap<>();
        EventSchemas.RULES.forEach((type, rules) -> m.put(type, java.util.Set.copyOf(rules.values().stream()
                .filter(r -> r.keep() && r.policy() != PolicyClass.COMMUNICATIONS).map(FieldRule::name).toList())));
        return Map.copyOf(m);
    }

    /** A snapshot of the redaction counters, by name (e.g. {@code fields_dropped.call.ended.undeclared}). */
    public SortedMap<String, Long> counters() {
        SortedMap<String, Long> snapshot = new TreeMap<>();
        counters.forEach((k, v) -> snapshot.put(k, v.sum()));
        return snapshot;
    }

    static String policyLabel(PolicyClass p) {
        return p.name().toLowerCase(Locale.ROOT);
    }

    private void count(String name) {
        counter(name).increment();
    }

    private LongAdder counter(String name) {
        return counters.computeIfAbsent(name, k -> new LongAdder());
    }

    /** Counts a dropped field; the counter is registered on first use, so the list names only what happened. */
    private void drop(LongAdder[] drops, EventSchema schema, int slot) {
        LongAdder c = drops[slot];
        if (c == null) {
            String why = slot == UNDECLARED ? "undeclared" : policyLabel(PolicyClass.values()[slot]);
            c = counter("fields_dropped." + schema.type() + "." + why);
            drops[slot] = c;
        }
        c.increment();
    }
}
