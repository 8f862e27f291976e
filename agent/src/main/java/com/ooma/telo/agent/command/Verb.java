package com.ooma.telo.agent.command;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One command verb. To add one (a diagnostics bundle, say): write a small class implementing this and add it to
 * {@link Verbs#standard}; docs/commands.md lists the verbs and their arguments.
 */
interface Verb {
    /** Error code for arguments that do not fit the verb's schema. */
    String BAD_ARGS = "bad_args";

    /** The name on the wire, lowercase with underscores. */
    String name();

    /**
     * Runs the verb. Validates {@code args} first and returns {@code Reply.error(BAD_ARGS)} without side effects
     * when they do not fit; exceptions from {@code device} are turned into a "failed" ack by the handler.
     */
    Reply run(JsonNode args, DeviceControl device) throws Exception;
}
