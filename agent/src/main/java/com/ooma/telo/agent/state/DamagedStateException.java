package com.ooma.telo.agent.state;

import java.io.IOException;

/**
 * A file the agent wrote itself (a counter, the spool, the installed trust bundle) is there but not in its format.
 * The agent refuses to guess, because these files guard against reuse and rollback: it stops and names the file,
 * and starting again cannot help until someone looks at it ({@code run} exits 65, docs/operations.md).
 */
public final class DamagedStateException extends IOException {
    private static final long serialVersionUID = 1L;

    /** {@code message} names the file and what is wrong with it; never the file's content. */
    public DamagedStateException(String message) {
        super(message);
    }
}
