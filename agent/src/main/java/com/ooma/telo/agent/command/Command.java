package com.ooma.telo.agent.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.agent.seal.CanonicalCbor;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One command's plaintext, as the CDDL in docs/wire-format.md defines it:
 * {@code {verb: tstr, args: {* tstr => any}, expires_at: uint (Unix ms), device_id: tstr}}.
 */
record Command(String verb, JsonNode args, Instant expiresAt, String deviceIdHex) {
    private static final Set<String> FIELDS = Set.of("verb", "args", "expires_at", "device_id");

    /** The command in {@code plaintext}, or empty when it is not exactly a command map. */
    static Optional<Command> parse(byte[] plaintext) {
        Optional<JsonNode> tree = CanonicalCbor.parse(plaintext);
        if (tree.isEmpty() || !tree.get().isObject() || tree.get().size() != FIELDS.size()) {
            return Optional.empty();
        }
        JsonNode m = tree.get();
        for (String f : FIELDS) {
            if (!m.has(f)) {
                return Optional.empty();
            }
        }
        JsonNode verb = m.get("verb");
        JsonNode args = m.get("args");
        JsonNode expires = m.get("expires_at");
        JsonNode device = m.get("device_id");
        if (!verb.isTextual() || !args.isObject() || !expires.canConvertToLong() || !expires.isIntegralNumber()
                || expires.asLong() < 0 || !device.isTextual()) {
            return Optional.empty();
        }
        return Optional.of(new Command(verb.asText(), args, Instant.ofEpochMilli(expires.asLong()), device.asText()));
    }
}
