package com.ooma.telo.agent.cli;

import com.ooma.telo.agent.config.ConfigException;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.state.DamagedStateException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;

/**
 * What {@code run}'s exit status tells the service manager. Each code means one thing, so it can tell "start me
 * again later" from "starting again cannot help" (docs/operations.md, "Exit codes"). Picocli adds two of its own:
 * 2 for a command-line usage error (which is {@link #CONFIG} too) and 1 for an unexpected exception (a bug).
 */
enum ExitStatus {
    /** Stopped on SIGTERM or SIGINT after sealing and publishing the open windows. */
    STOPPED(0),
    /** Configuration, keys or command line wrong; the message names the key or file. A restart cannot help. */
    CONFIG(2),
    /** A file the agent wrote (counter, spool, trust bundle) is damaged; it refuses to guess. A restart cannot help. */
    DAMAGED_STATE(65),
    /** A start failure that may pass (EX_TEMPFAIL): port in use, disk full, an I/O error, state.dir locked. */
    TEMPORARY(75);

    final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    /** The status for what stopped the start. */
    static ExitStatus of(Exception e) {
        if (e instanceof ConfigException || e instanceof KeyLoadException) {
            return CONFIG;
        }
        if (e instanceof DamagedStateException) {
            return DAMAGED_STATE;
        }
        // Permission denied, or a folder setting that names a file: only a change to the hub fixes them.
        if (e instanceof AccessDeniedException || e instanceof FileAlreadyExistsException) {
            return CONFIG;
        }
        return TEMPORARY;
    }
}
