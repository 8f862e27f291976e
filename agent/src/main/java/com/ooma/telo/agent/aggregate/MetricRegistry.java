package com.ooma.telo.agent.aggregate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read-only views of the {@link Metric} registry: by channel, by name, and its hash (carried by every report). */
public final class MetricRegistry {
    private static final Map<String, Metric> BY_NAME = Arrays.stream(Metric.values())
            .collect(Collectors.toUnmodifiableMap(m -> m.def().name(), Function.identity()));
    private static final byte[] HASH = computeHash();

    private MetricRegistry() {
    }

    public static List<Metric> all() {
        return List.of(Metric.values());
    }

    public static List<Metric> of(Channel channel) {
        return Arrays.stream(Metric.values()).filter(m -> m.def().channel() == channel).toList();
    }

    public static Optional<Metric> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** SHA-256 over the canonical text of every definition: changes whenever any name, type, label or bound does. */
    public static byte[] hash() {
        return HASH.clone();
    }

    /** The canonical text the hash covers, one line per metric. */
    static String canonical() {
        StringBuilder b = new StringBuilder();
        for (Metric m : Metric.values()) {
            MetricDef d = m.def();
            b.append(d.name()).append('|').append(d.type().label()).append('|').append(d.unit()).append('|')
                    .append(d.cause().name()).append('|').append(d.metricClass().name()).append('|').append(d.channel().label()).append('|')
                    .append(d.privacyUnit()).append('|').append(d.clamp()).append('|').append(d.epsilon())
                    .append('|').append(d.bounds());
            d.labels().forEach(l -> b.append('|').append(l.name()).append('=').append(l.values()));
            b.append('\n');
        }
        return b.toString();
    }

    private static byte[] computeHash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
