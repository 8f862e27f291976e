package com.ooma.telo.simulator.hub;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hub's JVM flags, read from {@code packaging/src/hub/jvm.flags}, the one file that sets them: the service's
 * launcher reads the installed copy, and the simulator starts every child agent with the same list. Format: one flag
 * per line with no whitespace inside, lines starting with {@code #} are comments, blank lines are skipped; exactly
 * what {@code java $(grep -v '^#' jvm.flags)} passes in a shell.
 *
 * @param flags  the flags, in file order
 * @param source where they were read from (a path, or the copy packed into the simulator jar)
 */
public record JvmFlags(List<String> flags, String source) {
    /** System property naming the file; the build sets it for the simulator's tests. */
    public static final String PROPERTY = "telo.jvmFlags";
    /** The file's place in the repository, from its root. */
    public static final Path REPOSITORY_FILE = Path.of("packaging", "src", "hub", "jvm.flags");
    /** The copy the build packs into the simulator jar, for runs outside the repository. */
    static final String RESOURCE = "jvm.flags";

    public JvmFlags {
        flags = List.copyOf(flags);
    }

    /**
     * The hub's flags: from the file {@code -Dtelo.jvmFlags} names; else from {@link #REPOSITORY_FILE} under the
     * working directory or its parent (the repository root or a module folder); else from the copy in the jar.
     */
    public static JvmFlags hub() throws IOException {
        return hub(System.getProperty(PROPERTY), Path.of("").toAbsolutePath());
    }

    /** {@link #hub()} with the property's value ({@code null}: unset) and the working directory passed in. */
    static JvmFlags hub(String named, Path workingDir) throws IOException {
        if (named != null) {
            Path file = Path.of(named);
            if (!Files.isRegularFile(file)) {
                throw new IOException("the hub's JVM flags file " + file.toAbsolutePath() + " (set by -D" + PROPERTY
                        + ") does not exist");
            }
            return read(file);
        }
        Optional<Path> inRepository = inRepository(workingDir);
        if (inRepository.isPresent()) {
            return read(inRepository.get());
        }
        try (InputStream in = JvmFlags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the hub's JVM flags file was not found: not at " + REPOSITORY_FILE
                        + " under " + workingDir + " or its parent, and not in the simulator jar;"
                        + " run from the repository, or name the file with -D" + PROPERTY + "=FILE");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "jvm.flags in the simulator jar");
        }
    }

    /** Reads one flags file. */
    public static JvmFlags read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses the file's text; {@code source} names it in the error for a line that is not one flag. */
    public static JvmFlags parse(String text, String source) {
        List<String> flags = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": \"" + line.strip()
                        + "\" is not one flag (one flag per line with no spaces, tabs or CR; comments start in the"
                        + " first column)");
            }
            flags.add(line);
        }
        return new JvmFlags(flags, source);
    }

    private static Optional<Path> inRepository(Path workingDir) {
        return Stream.of(workingDir, workingDir.getParent())
                .filter(Objects::nonNull)
                .map(dir -> dir.resolve(REPOSITORY_FILE))
                .filter(Files::isRegularFile)
                .findFirst();
    }
}
