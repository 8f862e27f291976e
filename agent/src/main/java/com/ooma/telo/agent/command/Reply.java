package com.ooma.telo.agent.command;

import com.ooma.telo.agent.seal.CanonicalCbor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A verb's answer, encoded as the acknowledgement's CBOR (docs/wire-format.md, "Command acknowledgement"):
 * {@code {kind: "command_ack", schema: 1, cmd_seq, verb, result: "ok"/"error", ? error, ? detail}}.
 */
record Reply(Optional<String> error, Map<String, Object> detail) {
    static final int SCHEMA = 1;

    static Reply ok() {
        return new Reply(Optional.empty(), Map.of());
    }

    static Reply ok(Map<String, Object> detail) {
        return new Reply(Optional.empty(), detail);
    }

    /** {@code code} is one of the fixed error codes in the CDDL; never text taken from the command. */
    static Reply error(String code) {
        return new Reply(Optional.of(code), Map.of());
    }

    byte[] encode(long commandSeq, String verb) {
        Map<String, Object> ack = new LinkedHashMap<>();
        ack.put("kind", "command_ack");
        ack.put("schema", SCHEMA);
        ack.put("cmd_seq", commandSeq);
        ack.put("verb", verb);
        ack.put("result", error.isPresent() ? "error" : "ok");
        error.ifPresent(e -> ack.put("error", e));
        if (!detail.isEmpty()) {
            ack.put("detail", detail);
        }
        return CanonicalCbor.encode(ack);
    }
}
