package com.ooma.telo.agent.ingest;

import com.ooma.telo.agent.event.HubEvent;

/** Where parsed events go. Must not block: the hub's software must never wait on the agent. */
@FunctionalInterface
public interface EventSink {
    /** @return false when the event could not be taken (queue full); ingest then drops and counts it */
    boolean offer(HubEvent event);
}
