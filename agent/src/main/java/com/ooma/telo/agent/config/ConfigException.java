package com.ooma.telo.agent.config;

/** A configuration problem found at start; the message names the key and quotes the bad value. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
