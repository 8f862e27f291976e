package com.ooma.telo.agent.seal;

import java.nio.file.Path;

/** A key or id file could not be used; the message quotes the file and the problem, never key bytes. */
public final class KeyLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    KeyLoadException(Path file, String problem) {
        super("file '" + file + "': " + problem);
    }
}
