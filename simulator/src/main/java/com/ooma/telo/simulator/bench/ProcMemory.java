package com.ooma.telo.simulator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Memory of a process as Linux reports it: resident (Rss) and proportional (Pss, shared pages divided among the
 * processes that map them) from {@code /proc/PID/smaps_rollup}, the peak resident size (VmHWM) from
 * {@code /proc/PID/status}. Kernels before 4.14 have no smaps_rollup: then Rss is VmRSS and Pss is unknown (-1).
 *
 * @param rssKib  resident now
 * @param pssKib  proportional set size now; -1 when the kernel does not say
 * @param peakKib the highest resident size the process has had
 * @param source  {@code smaps_rollup} or {@code status}: where Rss came from
 */
public record ProcMemory(long rssKib, long pssKib, long peakKib, String source) {

    public static ProcMemory of(long pid) throws IOException {
        Path dir = Path.of("/proc", Long.toString(pid));
        String rollup;
        try {
            rollup = Files.readString(dir.resolve("smaps_rollup"));
        } catch (NoSuchFileException | SecurityException e) {
            rollup = null;
        }
        return parse(rollup, Files.readString(dir.resolve("status")));
    }

    /** From the two files' text; {@code smapsRollup} null when the file does not exist. */
    static ProcMemory parse(String smapsRollup, String status) throws IOException {
        long hwm = field(status, "VmHWM:");
        if (hwm < 0) {
            throw new IOException("/proc/PID/status has no VmHWM (not Linux?)");
        }
        if (smapsRollup != null) {
            long rss = field(smapsRollup, "Rss:");
            long pss = field(smapsRollup, "Pss:");
            if (rss >= 0 && pss >= 0) {
                return new ProcMemory(rss, pss, Math.max(hwm, rss), "smaps_rollup");
            }
        }
        long rss = field(status, "VmRSS:");
        if (rss < 0) {
            throw new IOException("/proc/PID/status has no VmRSS (not Linux?)");
        }
        return new ProcMemory(rss, -1, hwm, "status");
    }

    /** The kB figure on the line that starts with {@code name}; -1 when there is none. */
    private static long field(String text, String name) {
        for (String line : text.split("\n")) {
            if (line.startsWith(name)) {
                return Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
            }
        }
        return -1;
    }

    static String mib(long kib) {
        return kib < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f", kib / 1024.0);
    }
}
