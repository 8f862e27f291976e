package com.ooma.telo.agent.redact;

import static com.ooma.telo.agent.redact.FieldRule.optional;
import static com.ooma.telo.agent.redact.FieldRule.required;
import static com.ooma.telo.agent.redact.PolicyClass.NON_PERSONAL;
import static com.ooma.telo.agent.redact.PolicyClass.PERSONAL;

import com.ooma.telo.agent.redact.Treatment.Label;
import com.ooma.telo.agent.redact.Treatment.LogText;
import java.util.List;

/**
 * The hub's own log lines ({@code diag.log}). They are not aggregated: the pipeline hands them to the hub log ring
 * ({@code diag.HubLogIntake}), which redacts them with the free-text redactor and holds them in memory for a
 * diagnostics bundle. Their lines follow calls (SIP and call-control lines are written as calls happen), so every
 * count of them is call-caused ({@code Cause.ofType}) and none reaches a health report.
 */
final class DiagSchemas {
    /** The event type. */
    static final String DIAG_LOG = "diag.log";
    /** Log levels a hub line may carry; anything else is held as {@code other}. */
    static final List<String> LEVELS = List.of("trace", "debug", "info", "notice", "warn", "warning", "error",
            "critical");

    private DiagSchemas() {
    }

    static List<EventSchema> all() {
        return List.of(new EventSchema(DIAG_LOG, "one line of the hub's own log (held in memory for a diagnostics"
                + " bundle, never reported)", List.of(
                        required("message", PERSONAL, new LogText(), "what support reads: may quote numbers,"
                                + " names, addresses, which the redactor replaces"),
                        optional("level", NON_PERSONAL, new Label(LEVELS, "other"), "severity"),
                        optional("component", PERSONAL, new LogText(), "the hub process or module that wrote"
                                + " the line"))));
    }
}
