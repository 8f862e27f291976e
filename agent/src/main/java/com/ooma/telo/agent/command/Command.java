package com.ooma.telo.agent.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.agent.command.CommandOutcome.IgnoreReason;
import com.ooma.telo.agent.seal.CanonicalCbor;
import com.ooma.telo.agent.seal.StrictCbor;
import java.time.Instant;
import java.util.Set;

/**
 * One command's plaintext, as the CDDL in docs/wire-format.md defines it:
 * {@code {verb: tstr, args: {* tstr => any}, expires_at: uint (Unix ms), device_id: tstr}}, in deterministic CBOR.
 */
record Command(String verb, JsonNode args, Instant expiresAt, String deviceIdHex) {
    private static final Set<String> FIELDS = Set.of("verb", "args", "expires_at", "device_id");

    /** What {@link #parse} made of a plaintext. */
    sealed interface Parse {
        /** Exactly a command map, in its one deterministic encoding. */
        record Parsed(Command command) implements Parse { }

        /** Not a command to run: {@code reason} is one of MALFORMED, DUPLICATE_KEY, NOT_CANONICAL. */
        record Refused(IgnoreReason reason) implements Parse { }
    }

    /**
     * The command in {@code plaintext}. The bytes must be the deterministic CBOR of their content (decoded,
     * re-encoded and compared, as trust bundles are): a map with a repeated key (two {@code verb}s, of which a
     * lenient reader would run the last) or keys out of canonical order is refused, not interpreted.
     */
    static Parse parse(byte[] plaintext) {
        StrictCbor read = CanonicalCbor.parseStrict(plaintext);
        if (read instanceof StrictCbor.Refused refused) {
            return new Parse.Refused(switch (refused.problem()) {
                case MALFORMED -> IgnoreReason.MALFORMED;
                case DUPLICATE_KEY -> IgnoreReason.DUPLICATE_KEY;
                case NOT_CANONICAL -> IgnoreReason.NOT_CANONICAL;
            });
        }
        JsonNode m = ((StrictCbor.Canonical) read).tree();
        if (!m.isObject() || m.size() != FIELDS.size()) {
            return malformed();
        }
        for (String f : FIELDS) {
            if (!m.has(f)) {
                return malformed();
            }
        }
        JsonNode verb = m.get("verb");
        JsonNode args = m.get("args");
        JsonNode expires = m.get("expires_at");
        JsonNode device = m.get("device_id");
        if (!verb.isTextual() || !args.isObject() || !expires.canConvertToLong() || !expires.isIntegralNumber()
                || expires.asLong() < 0 || !device.isTextual()) {
            return malformed();
        }
        return new Parse.Parsed(new Command(verb.asText(), args, Instant.ofEpochMilli(expires.asLong()),
                device.asText()));
    }

    private static Parse malformed() {
        return new Parse.Refused(IgnoreReason.MALFORMED);
    }
}
