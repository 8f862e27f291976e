package com.ooma.telo.simulator.scenario;

/** A scenario that cannot be read or breaks a rule; the message names the file and the field. */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
