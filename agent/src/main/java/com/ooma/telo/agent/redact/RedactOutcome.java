package com.ooma.telo.agent.redact;

import com.ooma.telo.agent.event.RedactedEvent;

/** What redaction made of one raw event. */
public sealed interface RedactOutcome {

    /** The event reduced to its declared, non-identifying derivatives, ready for aggregation. */
    record Kept(RedactedEvent event) implements RedactOutcome {
    }

    /** The event type is not declared: the whole event is dropped (and counted by the redactor). */
    record UnknownType() implements RedactOutcome {
    }

    /** A declared type whose required field was missing or unusable; {@code field} names the field. */
    record Invalid(String field) implements RedactOutcome {
    }
}
