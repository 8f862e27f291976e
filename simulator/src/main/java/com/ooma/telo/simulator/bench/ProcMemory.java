package com.ooma.telo.simulator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process as Linux reports it in {@code /proc/PID/status}: now (VmRSS) and peak (VmHWM). */
record ProcMemory(long rssKib, long peakKib) {

    static ProcMemory of(long pid) throws IOException {
        long rss = -1;
        long hwm = -1;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kib(line);
            } else if (line.startsWith("VmHWM:")) {
                hwm = kib(line);
            }
        }
        if (rss < 0 || hwm < 0) {
            throw new IOException("/proc/" + pid + "/status has no VmRSS/VmHWM (not Linux?)");
        }
        return new ProcMemory(rss, hwm);
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    static String mib(long kib) {
        return String.format(java.util.Locale.ROOT, "%.1f", kib / 1024.0);
    }
}
