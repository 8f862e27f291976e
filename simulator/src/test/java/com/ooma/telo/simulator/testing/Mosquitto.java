package com.ooma.telo.simulator.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code mosquitto} process on a free loopback port (the simulator's copy of the agent tests' launcher: the
 * simulator does not depend on the agent's test classes). Skips the test where mosquitto is missing, except under
 * {@code CI=true}, where it fails.
 */
public final class Mosquitto implements AutoCloseable {
    private Process process;
    private final int port;
    private final Path dir;
    private final Path binary;

    private Mosquitto(Process process, int port, Path dir, Path binary) {
        this.process = process;
        this.port = port;
        this.dir = dir;
        this.binary = binary;
    }

    public static Mosquitto startOrSkip(Path dir) throws IOException, InterruptedException {
        Optional<Path> binary = find();
        if ("true".equals(System.getenv("CI")) && binary.isEmpty()) {
            throw new AssertionError("mosquitto must be installed under CI=true (.ci/run installs it)");
        }
        Assumptions.assumeTrue(binary.isPresent(), "mosquitto is not installed");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path conf = dir.resolve("mosquitto.conf");
        Files.writeString(conf, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\n"
                + "log_dest stderr\nlog_type error\nlog_type warning\n");
        Mosquitto m = new Mosquitto(launch(binary.get(), dir), port, dir, binary.get());
        m.awaitListening(Duration.ofSeconds(10));
        return m;
    }

    private static Process launch(Path binary, Path dir) throws IOException {
        return new ProcessBuilder(binary.toString(), "-c", dir.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mosquitto.log").toFile())).start();
    }

    /**
     * Kills the broker with SIGKILL (a crash: with {@code persistence false} every queued message and persistent
     * session is gone) and starts it again on the same port.
     */
    public void crashAndRestart() throws IOException, InterruptedException {
        process.destroyForcibly(); // SIGKILL on Unix
        process.waitFor(5, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            process = launch(binary, dir);
            try {
                awaitListening(Duration.ofSeconds(3));
                return;
            } catch (IOException portNotFreeYet) {
                if (System.nanoTime() > deadline) {
                    throw portNotFreeYet;
                }
            }
        }
    }

    static Optional<Path> find() {
        for (String p : new String[] {"/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto"}) {
            if (Files.isExecutable(Path.of(p))) {
                return Optional.of(Path.of(p));
            }
        }
        return Optional.empty();
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    private void awaitListening(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited with " + process.exitValue());
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                process.waitFor(50, TimeUnit.MILLISECONDS);
            }
        }
        close();
        throw new IOException("mosquitto did not listen on port " + port + " within " + timeout);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
