package com.ooma.telo.agent.status;

/** What the status listener asks the agent for, once per request, cut to the listener's {@link View}. */
public interface StatusSource {
    /** {@code /status}: the JSON object scripts and the simulator read. */
    String json(View view);

    /** {@code /}, {@code /metrics}, {@code /healthz}. */
    StatusSnapshot snapshot(View view);
}
