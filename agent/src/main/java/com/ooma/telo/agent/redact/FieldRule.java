package com.ooma.telo.agent.redact;

/**
 * One declared ingest field: its policy class and what redaction does with it. A field without a rule is dropped.
 *
 * @param keep whether any derivative of the value survives redaction (a class, a band, a flag); false means the
 *             value is read by nothing and dropped at the parser's door
 */
record FieldRule(String name, PolicyClass policy, String treatment, boolean keep) {

    static FieldRule kept(String name, PolicyClass policy, String treatment) {
        return new FieldRule(name, policy, treatment, true);
    }

    static FieldRule dropped(String name, PolicyClass policy, String why) {
        return new FieldRule(name, policy, why, false);
    }
}
