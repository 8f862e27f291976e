package com.ooma.telo.agent.command;

import com.ooma.telo.agent.state.DurableFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The last accepted command seq per backend command key, persisted before the command runs, so a command is never
 * run twice, across restarts too. File {@code cmd-seq-<kid>.state}, one line {@code telo-cmd-seq v1 <seq>}.
 */
final class CommandSequence {
    private static final String MAGIC = "telo-cmd-seq v1 ";
    private static final int MAX_STATE_BYTES = 64;

    private final Path stateDir;

    CommandSequence(Path stateDir) {
        this.stateDir = stateDir;
    }

    /** The last accepted seq for {@code senderKid}, 0 when none was ever accepted. */
    long last(int senderKid) throws IOException {
        Path file = file(senderKid);
        String text;
        try {
            if (Files.size(file) > MAX_STATE_BYTES) {
                throw corrupt(file);
            }
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return 0;
        }
        if (!text.startsWith(MAGIC) || !text.endsWith("\n")) {
            throw corrupt(file);
        }
        try {
            return Long.parseLong(text.substring(MAGIC.length(), text.length() - 1));
        } catch (NumberFormatException e) {
            throw corrupt(file);
        }
    }

    /** Records {@code seq} as the last accepted: temp file, fsync, atomic rename, fsync of the directory. */
    void accept(int senderKid, long seq) throws IOException {
        DurableFiles.replace(file(senderKid), (MAGIC + seq + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    private Path file(int senderKid) {
        return stateDir.resolve("cmd-seq-" + HexFormat.of().toHexDigits(senderKid) + ".state");
    }

    private static IOException corrupt(Path file) {
        return new IOException("command seq file '" + file + "' is not in the 'telo-cmd-seq v1 <n>' format;"
                + " refusing to guess (a lower value would let old commands run again)");
    }
}
