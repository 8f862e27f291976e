package com.ooma.telo.agent.diag;

import com.ooma.telo.agent.seal.CanonicalCbor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One diagnostics bundle's plaintext, deterministic CBOR (wire-format.md, "Diagnostics bundle"):
 *
 * <pre>
 * { kind: "diag_bundle", schema: 1, created_minute: "2026-12-02T18:48Z", versions: {agent, java},
 *   config: {…allow-listed keys, key files as fingerprints…}, counters: {name: uint},
 *   health_report: bstr (the last health report's CBOR, as sealed) / null,
 *   agent_log: [tstr], hub_log: [tstr], lines_truncated: uint }
 * </pre>
 * Never more than {@link #MAX_BYTES} encoded: the oldest log lines (hub lines first, then the agent's) are left out
 * until it fits, and {@code lines_truncated} says how many.
 */
public final class DiagBundle {
    /** The envelope's bound on an inflated plaintext. */
    public static final int MAX_BYTES = 262_144;
    public static final int SCHEMA = 1;

    /** The encoded bundle and how many lines were left out to fit. */
    public record Encoded(byte[] cbor, int truncated) {
    }

    private DiagBundle() {}

    public static Encoded encode(String createdMinute, Map<String, Object> versions, Map<String, Object> config,
                                 Map<String, Long> counters, byte[] healthReport, List<String> agentLog,
                                 List<String> hubLog) {
        List<String> agent = new ArrayList<>(agentLog);
        List<String> hub = new ArrayList<>(hubLog);
        int truncated = 0;
        while (true) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("kind", "diag_bundle");
            b.put("schema", SCHEMA);
            b.put("created_minute", createdMinute);
            b.put("versions", versions);
            b.put("config", config);
            b.put("counters", counters);
            b.put("health_report", healthReport);
            b.put("agent_log", agent);
            b.put("hub_log", hub);
            b.put("lines_truncated", truncated);
            byte[] cbor = CanonicalCbor.encode(b);
            if (cbor.length <= MAX_BYTES || (agent.isEmpty() && hub.isEmpty())) {
                return new Encoded(cbor, truncated);
            }
            // drop about as many lines as the excess needs (at least one), oldest first
            int drop = Math.max(1, (int) ((long) (cbor.length - MAX_BYTES) * (agent.size() + hub.size())
                    / cbor.length) + 1);
            for (int i = 0; i < drop && !(agent.isEmpty() && hub.isEmpty()); i++) {
                (hub.isEmpty() ? agent : hub).remove(0);
                truncated++;
            }
        }
    }
}
