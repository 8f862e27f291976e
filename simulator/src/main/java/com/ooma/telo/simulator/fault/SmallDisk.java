package com.ooma.telo.simulator.fault;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small file system of one hub's own (a tmpfs mounted on a folder of its run folder) for its spool and state, so a
 * {@code disk_full} fault can fill it: {@link #fill()} writes a filler file until the file system says no space,
 * {@link #release()} deletes it, {@link #close()} unmounts. Mounting needs root and mount rights (a container may
 * refuse them): {@link #mount} then answers {@link Mount.Refused} with the reason, and the fault is skipped.
 */
public final class SmallDisk implements AutoCloseable {
    private static final String FILLER = "disk-full.filler";
    private static final int CHUNK = 64 * 1024;
    private static final long COMMAND_TIMEOUT_S = 20;

    private final Path dir;
    private final long bytes;
    private boolean mounted = true;
    /** Unmounts when the harness's JVM ends without reaching {@link #close()} (Ctrl-C, SIGTERM). */
    private final Thread onExit = new Thread(this::unmount, "small-disk-unmount");

    /** What a mount attempt gave. */
    public sealed interface Mount {
        /** The file system is mounted on the folder. */
        record Mounted(SmallDisk disk) implements Mount {}

        /** The system refused (not root, no mount rights); the reason says which. */
        record Refused(String reason) implements Mount {}
    }

    private SmallDisk(Path dir, long bytes) {
        this.dir = dir;
        this.bytes = bytes;
    }

    /** Mounts a tmpfs of {@code bytes} on {@code dir} (created when missing). */
    public static Mount mount(Path dir, long bytes) throws InterruptedException {
        try {
            Files.createDirectories(dir);
            String failed = run("mount", "-t", "tmpfs", "-o", "size=" + bytes + ",mode=0700", "tmpfs",
                    dir.toAbsolutePath().toString());
            if (failed != null) {
                return new Mount.Refused("mount -t tmpfs was refused (" + failed + ")");
            }
            SmallDisk disk = new SmallDisk(dir, bytes);
            Runtime.getRuntime().addShutdownHook(disk.onExit);
            return new Mount.Mounted(disk);
        } catch (IOException e) {
            return new Mount.Refused("mount could not be run (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Whether this host lets the harness mount a tmpfs: mounts and unmounts one under {@code scratch}. */
    public static String refusedReason(Path scratch) throws InterruptedException {
        Mount m = mount(scratch, 64 * 1024);
        if (m instanceof Mount.Mounted ok) {
            ok.disk().close();
            return null;
        }
        return ((Mount.Refused) m).reason();
    }

    public Path dir() {
        return dir;
    }

    public long bytes() {
        return bytes;
    }

    /** Writes the filler until no space is left; returns the bytes it took. */
    public long fill() throws IOException {
        long written = 0;
        byte[] zeros = new byte[CHUNK];
        try (OutputStream out = Files.newOutputStream(dir.resolve(FILLER))) {
            while (true) {
                out.write(zeros);
                written += CHUNK;
            }
        } catch (IOException noSpace) {
            // the point: the file system is full (tmpfs says ENOSPC); the last partial chunk may be lost
        }
        return written;
    }

    /** Deletes the filler: the space is back. */
    public void release() throws IOException {
        Files.deleteIfExists(dir.resolve(FILLER));
    }

    /** Copies what the file system holds (the filler aside) to {@code target}, for the run folder to keep. */
    public void copyTo(Path target) throws IOException {
        List<Path> all;
        try (var s = Files.walk(dir)) {
            all = new ArrayList<>(s.toList());
        }
        for (Path p : all) {
            if (p.getFileName().toString().equals(FILLER)) {
                continue;
            }
            Path to = target.resolve(dir.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(to);
            } else {
                Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Unmounts (lazily when busy); never throws: called from finally blocks. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException exiting) {
            // the JVM is shutting down: the hook runs (or ran) the unmount
        }
        unmount();
    }

    private synchronized void unmount() {
        if (!mounted) {
            return;
        }
        try {
            String failed = run("umount", dir.toAbsolutePath().toString());
            if (failed != null) {
                run("umount", "-l", dir.toAbsolutePath().toString());
            }
            mounted = false;
        } catch (IOException e) {
            // nothing more to do: the mount goes with the machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a command; null when it exited 0, else its exit code and first line of output. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readNBytes(512);
        if (!p.waitFor(COMMAND_TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        if (p.exitValue() == 0) {
            return null;
        }
        String first = new String(output, StandardCharsets.UTF_8).lines().findFirst().orElse("").trim();
        return "exit " + p.exitValue() + (first.isEmpty() ? "" : ": " + first);
    }
}
