package com.ooma.telo.simulator.hil;

import com.ooma.telo.simulator.event.PlayedEvent;
import java.util.List;

/**
 * What the reconciler needs to know of one hub of a run, whoever ran its agent: a child JVM ({@link HubRunner}) or
 * an in-process instance in simulated time (fleet mode). Sent events are the ground truth.
 */
public interface PlayedHub {
    int index();

    String deviceId();

    /** Lines sent to its ingest socket, over every agent instance. */
    int sent();

    /** Lines its agent instances accepted, summed over restarts. */
    long accepted();

    /** {@code call.ended} lines sent: the calls its usage reports must account for. */
    long callsSent();

    List<PlayedEvent> sentEvents();

    int kills();

    /** Problems the runner saw (an agent that did not take every line in, did not stop cleanly). */
    List<String> problems();

    /** The last {@code /status} before the orderly stop; null where none was read (in-process hubs). */
    default com.ooma.telo.simulator.hub.AgentStatus lastBeforeStop() {
        return null;
    }

    /** True when the agent's spool was empty when it stopped (receipt mode: every report receipted). */
    boolean spoolEmptyAtExit();
}
