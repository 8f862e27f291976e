package com.ooma.telo.agent.ingest;

/**
 * Names the fields whose values the parser must not pass on at all: communications content such as DTMF digits
 * typed during a call (card numbers, PINs) or recording references. The redact stage owns the list; the pipeline
 * hands it to ingest, so such a value never lives beyond the parser.
 */
@FunctionalInterface
public interface FieldPolicy {
    /** Nothing withheld (tests of framing and parsing). */
    FieldPolicy NONE = (type, field) -> false;

    boolean withheld(String eventType, String field);
}
