package com.ooma.telo.agent.state;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A state file holding one counter as one ASCII line, {@code <magic><n>\n} (e.g. {@code telo-seq v1 1024}), replaced
 * through {@link DurableFiles}. The magic carries the format version. A file that does not parse stops the caller:
 * these counters guard against reuse (sequence numbers, command seqs, boot epochs), so guessing is never safe.
 */
public final class CounterFile {
    static final int MAX_BYTES = 64;

    private CounterFile() {
    }

    /** The stored value; empty when the file does not exist. */
    public static OptionalLong read(Path file, String magic) throws IOException {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw corrupt(file, magic);
            }
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (CharacterCodingException e) {
            throw corrupt(file, magic); // a byte that is not ASCII: damage, like any other unparsable content
        }
        if (!text.startsWith(magic) || !text.endsWith("\n")) {
            throw corrupt(file, magic);
        }
        try {
            return OptionalLong.of(Long.parseLong(text.substring(magic.length(), text.length() - 1)));
        } catch (NumberFormatException e) {
            throw corrupt(file, magic);
        }
    }

    public static void write(Path file, String magic, long value) throws IOException {
        DurableFiles.replace(file, (magic + value + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** The error for a file that is there but unreadable as a counter; names the file and the expected format. */
    public static DamagedStateException corrupt(Path file, String magic) {
        return new DamagedStateException("state file '" + file + "' is not in the '" + magic + "<n>' format; refusing to"
                + " guess a counter that guards against reuse (move the file away only if you know why)");
    }
}
