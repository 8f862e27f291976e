package com.ooma.telo.agent.aggregate;

/** A metric's class under the vendor's privacy policy (docs/design.md §2). */
public enum MetricClass {
    /** Non-personal: device and service figures. */
    NON_PERSONAL("Non-Personal"),
    /** An aggregate of Customer Specific Network Information (calling records): identifies no single call. */
    CSNI_AGGREGATE("CSNI aggregate");

    private final String title;

    MetricClass(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
