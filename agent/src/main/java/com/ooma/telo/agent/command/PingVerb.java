package com.ooma.telo.agent.command;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code ping}, no arguments: proves the command path works end to end; changes nothing. */
final class PingVerb implements Verb {
    @Override
    public String name() {
        return "ping";
    }

    @Override
    public Reply run(JsonNode args, DeviceControl device) {
        return args.isEmpty() ? Reply.ok() : Reply.error(BAD_ARGS);
    }
}
