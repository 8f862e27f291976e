package com.ooma.telo.agent.log;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the agent's log lines go: stderr, a size-bounded rotated file, or both (config keys {@code log.stderr},
 * {@code log.file}, {@code log.max_bytes}, {@code log.files}). With no file, lines go to stderr whatever
 * {@code stderr} says, so a line is never lost for want of a place to go.
 *
 * @param maxBytes the bound of each file, see {@link RotatingLogFile}
 * @param files    how many files rotation keeps, the live one included
 * @param stderr   also write every line to stderr; under systemd that is the journal, so a unit with a log file
 *                 leaves it off rather than write each line twice
 */
public record LogTargets(Optional<Path> file, long maxBytes, int files, boolean stderr) {

    /** Stderr, and {@code fileOrNull} when given with the default bound. */
    public static LogTargets withDefaults(Path fileOrNull) {
        return new LogTargets(Optional.ofNullable(fileOrNull), RedactingWriter.DEFAULT_MAX_BYTES,
                RedactingWriter.DEFAULT_FILES, true);
    }

    /** Whether lines go to stderr: asked for, or there is no file. */
    public boolean toStderr() {
        return stderr || file.isEmpty();
    }
}
