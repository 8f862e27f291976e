package com.ooma.telo.simulator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process has used, user plus system, from {@code /proc/PID/stat} (fields 14 and 15, in clock ticks of
 * {@link #TICKS_PER_SECOND}: Linux's USER_HZ, 100 on every architecture the hub runs). Every thread of the JVM
 * counts: compiler and GC threads too, which is what the hub pays.
 */
public final class ProcCpu {
    static final int TICKS_PER_SECOND = 100;

    private ProcCpu() {}

    /** CPU seconds used so far by {@code pid}. */
    public static double seconds(long pid) throws IOException {
        return parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    }

    /** The stat line's utime + stime, in seconds. The command name (field 2) may hold spaces: skip past its ')'. */
    static double parse(String stat) throws IOException {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IOException("/proc/PID/stat has no command field");
        }
        String[] f = stat.substring(close + 2).strip().split(" ");
        // f[0] is field 3 (state), so field n is f[n - 3]: utime 14 → f[11], stime 15 → f[12].
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return ticks / (double) TICKS_PER_SECOND;
    }
}
