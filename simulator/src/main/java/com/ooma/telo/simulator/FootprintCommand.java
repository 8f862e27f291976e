package com.ooma.telo.simulator;

import com.ooma.telo.simulator.bench.FootprintRun;
import com.ooma.telo.simulator.hub.JvmFlags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code footprint}: the agent's memory and intake rate under the hub's JVM flags (docs/performance.md). */
@Command(name = "footprint", mixinStandardHelpOptions = true,
        description = {"Run the agent with the hub's JVM flags against an embedded broker, flood it with call",
            "events, and print its resident memory (idle, after, peak) and intake rate."})
final class FootprintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--events", description = "call events to flood (default: ${DEFAULT-VALUE})")
    int events = 50_000;

    @Option(names = "--jvm", description = "agent JVM flags, space-separated (default: the hub's, from "
            + "packaging/src/hub/jvm.flags)")
    String jvmFlags;

    @Override
    public Integer call() throws Exception {
        List<String> flags;
        if (jvmFlags == null) {
            JvmFlags hub = JvmFlags.hub();
            spec.commandLine().getOut().println("footprint: JVM flags from " + hub.source());
            flags = hub.flags();
        } else {
            flags = List.of(jvmFlags.trim().split("\\s+"));
        }
        Path root = Files.createTempDirectory("telo-footprint");
        try {
            new FootprintRun(events, flags, spec.commandLine().getOut()).run(root);
            return 0;
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
