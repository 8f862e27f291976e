package com.ooma.telo.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ooma.telo.simulator.bench.Footprint;
import com.ooma.telo.simulator.bench.FootprintReport;
import com.ooma.telo.simulator.bench.FootprintRun;
import com.ooma.telo.simulator.bench.WireDay;
import com.ooma.telo.simulator.hub.JvmFlags;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code footprint}: the agent's memory, start, CPU, intake and bytes on the wire (docs/performance.md). */
@Command(name = "footprint", mixinStandardHelpOptions = true,
        description = {"Run the agent with the hub's JVM flags against an embedded broker and print, for this",
            "machine: RSS and PSS idle, under a paced household day and after a burst, the peak; time to ready and",
            "to the first PUBLISH; CPU seconds for a household day; the burst's intake and drops; bytes on the wire",
            "over a simulated day at shipped intervals (consent full and essential, MQTT level and estimated",
            "TCP/IP and TLS 1.3); package sizes."})
final class FootprintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--events", description = "call events of the burst, written at once (default: ${DEFAULT-VALUE})")
    int events = 20_000;

    @Option(names = "--pace", description = "seconds the household day is played over, and the idle period it is"
            + " measured against (default: ${DEFAULT-VALUE})")
    double pace = 20;

    @Option(names = "--wire-hours", description = "simulated hours of the wire measurement, ending at midnight;"
            + " 0 skips it (default: ${DEFAULT-VALUE})")
    int wireHours = 24;

    @Option(names = "--wire-health", paramLabel = "DURATION", description = "health interval of the wire"
            + " measurement, ISO-8601 (default: ${DEFAULT-VALUE}, as shipped; another value measures a change)")
    java.time.Duration wireHealth = WireDay.SHIPPED_HEALTH;

    @Option(names = "--jvm", description = "agent JVM flags, space-separated (default: the hub's, from "
            + "packaging/src/hub/jvm.flags)")
    String jvmFlags;

    @Option(names = "--json", paramLabel = "FILE", description = "also write every figure to FILE as JSON")
    Path json;

    @Option(names = "--repository", paramLabel = "DIR", description = "where to look for built packages"
            + " (default: the working directory)")
    Path repository = Path.of("");

    /** The first three fields of /proc/loadavg, or "unknown" off Linux. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    @Override
    public Integer call() throws Exception {
        List<String> flags;
        String source;
        if (jvmFlags == null) {
            JvmFlags hub = JvmFlags.hub();
            flags = hub.flags();
            source = hub.source();
        } else {
            flags = List.of(jvmFlags.trim().split("\\s+"));
            source = "--jvm";
        }
        Path root = Files.createTempDirectory("telo-footprint");
        try {
            String loadBefore = loadAverage();
            Footprint f = new FootprintRun(new FootprintRun.Options(events, pace, wireHours, wireHealth, flags, source,
                    repository.toAbsolutePath())).run(root);
            String loadAfter = loadAverage();
            PrintWriter out = spec.commandLine().getOut();
            FootprintReport.text(f, out);
            out.println("footprint: load average (1, 5, 15 min) at the start " + loadBefore + ", at the end "
                    + loadAfter + " (other work on the machine slows start and intake)");
            if (json != null) {
                ObjectNode figures = FootprintReport.json(f);
                figures.put("load_average_start", loadBefore);
                figures.put("load_average_end", loadAfter);
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), figures);
                out.println("footprint: figures written to " + json);
                out.flush();
            }
            return 0;
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
