package com.ooma.telo.agent.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The JVM flags a hub runs the agent with, read from the packaging so a child JVM in a test is the hub's JVM. */
public final class HubJvmFlags {
    private static final Path FLAGS = Path.of("../packaging/src/hub/jvm.flags");
    private static final Path UNIT = Path.of("../packaging/src/hub/systemd/telo-agent.service");

    private HubJvmFlags() {
    }

    /** One flag per line in {@code jvm.flags} ({@code #} comments); else the {@code -X} options of the unit. */
    public static List<String> read() throws IOException {
        List<String> flags = new ArrayList<>();
        if (Files.exists(FLAGS)) {
            for (String line : Files.readAllLines(FLAGS)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    flags.add(l);
                }
            }
        } else {
            String unit = Files.readString(UNIT).replace("\\\n", " ");
            Arrays.stream(unit.split("\\s+")).filter(t -> t.startsWith("-X")).forEach(flags::add);
        }
        if (flags.stream().noneMatch(f -> f.startsWith("-Xmx"))) {
            throw new IllegalStateException("no heap bound in the hub's JVM flags");
        }
        return flags;
    }
}
