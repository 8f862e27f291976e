package com.ooma.telo.agent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Named counters the pipeline keeps about itself (reports spooled, dropped by reason, errors). */
final class PipelineCounters {
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    void increment(String name) {
        counters.computeIfAbsent(name, k -> new LongAdder()).increment();
    }

    void add(String name, long n) {
        if (n > 0) {
            counters.computeIfAbsent(name, k -> new LongAdder()).add(n);
        }
    }

    void copyInto(Map<String, Long> out) {
        counters.forEach((k, v) -> out.put(k, v.sum()));
    }
}
