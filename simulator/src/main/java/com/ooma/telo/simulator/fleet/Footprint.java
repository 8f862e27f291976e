package com.ooma.telo.simulator.fleet;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** This JVM's threads, heap and resident memory, printed at the run's milestones (docs/performance.md § Fleet). */
final class Footprint {
    private Footprint() {}

    static String now() {
        Runtime rt = Runtime.getRuntime();
        long heapUsed = (rt.totalMemory() - rt.freeMemory()) >> 20;
        return String.format(Locale.ROOT, "%d threads, heap %d MiB used of %d MiB max, RSS %s, peak RSS %s",
                ManagementFactory.getThreadMXBean().getThreadCount(), heapUsed, rt.maxMemory() >> 20,
                status("VmRSS:"), status("VmHWM:"));
    }

    private static String status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return (Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]) >> 10) + " MiB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the figure is left out
        }
        return "n/a";
    }
}
