package com.ooma.telo.agent.ingest;

/**
 * Names the fields whose values the parser must not pass on at all: communications content such as DTMF digits
 * typed during a call (card numbers, PINs) or recording references, and (in the agent) every field the redact stage
 * drops without reading, so that names, the line's own number and call ids never wait in the queue either. The
 * redact stage owns the list; the pipeline hands it to ingest, so such a value never lives beyond the parser, and
 * when the type is known before the field (the hub writes it first) its bytes are not even decoded.
 */
@FunctionalInterface
public interface FieldPolicy {
    /** Nothing withheld (tests of framing and parsing). */
    FieldPolicy NONE = (type, field) -> false;

    boolean withheld(String eventType, String field);
}
