package com.ooma.telo.agent.command;

import com.ooma.telo.agent.state.CounterFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The last accepted command seq per backend command key, persisted before the command runs, so a command is never
 * run twice, across restarts too. File {@code cmd-seq-<kid>.state}, one line {@code telo-cmd-seq v1 <seq>}.
 */
final class CommandSequence {
    private static final String MAGIC = "telo-cmd-seq v1 ";

    private final Path stateDir;

    CommandSequence(Path stateDir) {
        this.stateDir = stateDir;
    }

    /** The last accepted seq for {@code senderKid}, 0 when none was ever accepted. */
    long last(int senderKid) throws IOException {
        return CounterFile.read(file(senderKid), MAGIC).orElse(0);
    }

    /** Records {@code seq} as the last accepted, durably, before the command runs. */
    void accept(int senderKid, long seq) throws IOException {
        CounterFile.write(file(senderKid), MAGIC, seq);
    }

    private Path file(int senderKid) {
        return stateDir.resolve("cmd-seq-" + HexFormat.of().toHexDigits(senderKid) + ".state");
    }
}
