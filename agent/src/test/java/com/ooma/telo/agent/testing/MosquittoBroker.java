package com.ooma.telo.agent.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real {@code mosquitto} process on a free loopback port, with a config this class writes. Where no mosquitto is
 * installed, {@link #find()} is empty: tests skip, except under {@code CI=true}, where they must fail.
 */
public final class MosquittoBroker implements TestBroker {
    private final Process process;
    private final int port;

    private MosquittoBroker(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static Optional<Path> find() {
        for (String p : new String[] {"/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto"}) {
            if (Files.isExecutable(Path.of(p))) {
                return Optional.of(Path.of(p));
            }
        }
        return Optional.empty();
    }

    public static MosquittoBroker start(Path binary, Path dir) throws IOException, InterruptedException {
        return start(binary, dir, "allow_anonymous true\n");
    }

    /** A broker on a free loopback port whose listener takes {@code listenerConf} (TLS, ACL…). */
    public static MosquittoBroker start(Path binary, Path dir, String listenerConf)
            throws IOException, InterruptedException {
        int port = freePort();
        Path conf = dir.resolve("mosquitto.conf");
        Files.writeString(conf, "listener " + port + " 127.0.0.1\n" + listenerConf + "persistence false\n"
                + "log_dest stderr\nlog_type all\n");
        Process p = new ProcessBuilder(binary.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
        MosquittoBroker b = new MosquittoBroker(p, port);
        try {
            b.awaitListening(Duration.ofSeconds(10));
        } catch (IOException e) {
            List<String> log = Files.readAllLines(dir.resolve("mosquitto.log"));
            throw new IOException(e.getMessage() + "; its log ends: "
                    + String.join(" | ", log.subList(Math.max(0, log.size() - 4), log.size())), e);
        }
        return b;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void awaitListening(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited with " + process.exitValue());
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        }
        close();
        throw new IOException("mosquitto did not listen on port " + port + " within " + timeout);
    }

    public int port() {
        return port;
    }

    @Override
    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
