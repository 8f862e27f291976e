package com.ooma.telo.agent.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JVM flags a hub runs the agent with, read from the packaging so a child JVM in a test is the hub's JVM. */
public final class HubJvmFlags {
    private static final Path FLAGS = Path.of("../packaging/src/hub/jvm.flags");

    private HubJvmFlags() {
    }

    /** One flag per line of {@code packaging/src/hub/jvm.flags}, {@code #} comments and blank lines skipped. */
    public static List<String> read() throws IOException {
        List<String> flags = new ArrayList<>();
        for (String line : Files.readAllLines(FLAGS)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                flags.add(l);
            }
        }
        if (flags.stream().noneMatch(f -> f.startsWith("-Xmx"))) {
            throw new IllegalStateException("no heap bound in the hub's JVM flags");
        }
        return flags;
    }
}
