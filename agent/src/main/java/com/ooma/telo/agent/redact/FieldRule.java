package com.ooma.telo.agent.redact;

/**
 * One declared ingest field: its class under the privacy policy, what redaction keeps of it, and why it is read.
 * A field without a rule is dropped and counted.
 *
 * @param required when true, an event without a usable value is invalid and counted, not aggregated
 */
record FieldRule(String name, PolicyClass policy, Treatment treatment, boolean required, String why) {

    static FieldRule required(String name, PolicyClass policy, Treatment treatment, String why) {
        return new FieldRule(name, policy, treatment, true, why);
    }

    static FieldRule optional(String name, PolicyClass policy, Treatment treatment, String why) {
        return new FieldRule(name, policy, treatment, false, why);
    }

    static FieldRule dropped(String name, PolicyClass policy, String why) {
        return new FieldRule(name, policy, new Treatment.Drop(), false, why);
    }

    boolean keep() {
        return !(treatment instanceof Treatment.Drop);
    }
}
