package com.ooma.telo.agent.redact;

import com.ooma.telo.agent.event.CallRecord;

/** What redaction made of one raw event. */
public sealed interface RedactOutcome {

    /** A call reduced to non-identifying attributes, ready for aggregation. */
    record Call(CallRecord call) implements RedactOutcome {
    }

    /** The event type is not declared: the whole event is dropped (and counted by the redactor). */
    record UnknownType() implements RedactOutcome {
    }

    /** A declared type whose required fields were missing or out of range; {@code field} names the field. */
    record Invalid(String field) implements RedactOutcome {
    }
}
