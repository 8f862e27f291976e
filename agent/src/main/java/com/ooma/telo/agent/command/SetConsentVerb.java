package com.ooma.telo.agent.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.ooma.telo.agent.config.ConsentLevel;

/** {@code set_consent {level: "off" / "essential" / "full"}}: the customer's choice, applied at once. */
final class SetConsentVerb implements Verb {
    @Override
    public String name() {
        return "set_consent";
    }

    @Override
    public Reply run(JsonNode args, DeviceControl device) {
        JsonNode level = args.get("level");
        if (args.size() != 1 || level == null || !level.isTextual()) {
            return Reply.error(BAD_ARGS);
        }
        for (ConsentLevel c : ConsentLevel.values()) {
            if (c.label().equals(level.asText())) {
                device.setConsent(c);
                return Reply.ok();
            }
        }
        return Reply.error(BAD_ARGS);
    }
}
