package com.ooma.telo.agent.redact.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves overlapping findings before the single replacement pass: overlapping items merge into one span (so no
 * fragment of either survives), typed after the longer of them.
 */
final class Overlaps {
    private Overlaps() {}

    static List<Finding> resolve(List<Finding> findings) {
        if (findings.size() == 1) {
            return findings;
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparingInt(f -> -f.end()));
        List<Finding> out = new ArrayList<>(sorted.size());
        Finding cur = sorted.get(0);
        for (int i = 1; i < sorted.size(); i++) {
            Finding f = sorted.get(i);
            if (f.start() < cur.end()) {
                Placeholder type = f.end() - f.start() > cur.end() - cur.start() ? f.type() : cur.type();
                cur = new Finding(cur.start(), Math.max(cur.end(), f.end()), type);
            } else {
                out.add(cur);
                cur = f;
            }
        }
        out.add(cur);
        return out;
    }
}
