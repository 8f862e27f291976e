package com.ooma.telo.simulator.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A child agent JVM's wall clock, moved by the harness: libfaketime (Debian package {@code libfaketime}) preloaded
 * into the child, reading its offset from a file the harness rewrites ({@code FAKETIME_TIMESTAMP_FILE}, read again
 * at every clock call: {@code FAKETIME_NO_CACHE=1}). Only the wall clock moves: {@code FAKETIME_DONT_FAKE_MONOTONIC=1}
 * leaves {@code CLOCK_MONOTONIC} (the JVM's {@code System.nanoTime}) alone, as a real NTP step or RTC fault would, and
 * {@code NO_FAKE_STAT=1} leaves file times alone. How {@code hil} applies a {@code clock_jump} in process mode.
 */
public final class FakeClock {
    /** Where Debian's libfaketime puts its thread-safe library (the JVM is multi-threaded). */
    public static final Path LIBRARY = Path.of("/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1");

    private final Path offsetFile;
    private long offsetSeconds;

    private FakeClock(Path offsetFile) {
        this.offsetFile = offsetFile;
    }

    /** Empty when libfaketime is not installed (the fault is then skipped with that reason). */
    public static Optional<Path> library() {
        return Files.isReadable(LIBRARY) ? Optional.of(LIBRARY) : Optional.empty();
    }

    /** A clock at the host's time, its offset in {@code offsetFile}. */
    public static FakeClock at(Path offsetFile) throws IOException {
        Files.createDirectories(offsetFile.toAbsolutePath().getParent());
        FakeClock c = new FakeClock(offsetFile);
        c.write();
        return c;
    }

    /** The environment that makes a child JVM read this clock. */
    public Map<String, String> env() {
        return Map.of("LD_PRELOAD", LIBRARY.toString(),
                "FAKETIME_TIMESTAMP_FILE", offsetFile.toAbsolutePath().toString(),
                "FAKETIME_NO_CACHE", "1",
                "FAKETIME_DONT_FAKE_MONOTONIC", "1",
                "NO_FAKE_STAT", "1");
    }

    /** Moves the wall clock by {@code by} (either way), at once, for every process reading this clock. */
    public void jump(Duration by) throws IOException {
        offsetSeconds += by.toSeconds();
        write();
    }

    /** The wall clock's offset from the host's now. */
    public Duration offset() {
        return Duration.ofSeconds(offsetSeconds);
    }

    /** Written beside and moved into place, so a reader never sees half a line. */
    private void write() throws IOException {
        Path tmp = offsetFile.resolveSibling(offsetFile.getFileName() + ".new");
        Files.writeString(tmp, (offsetSeconds >= 0 ? "+" : "") + offsetSeconds + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, offsetFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
