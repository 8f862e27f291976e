package com.ooma.telo.packaging;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code mosquitto} on a free loopback port with a config this class writes: a small copy of the agent
 * module's {@code MosquittoBroker} (the packaging checks do not depend on the agent's test classes).
 */
final class Mosquitto implements AutoCloseable {
    private final Process process;
    private final int port;

    private Mosquitto(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The binary, or the test is skipped (fails under CI=true). */
    static Path require() {
        return HostTools.require("mosquitto", "mosquitto");
    }

    static Mosquitto start(Path binary, Path dir, String listenerConf) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path conf = dir.resolve("mosquitto.conf");
        Path log = dir.resolve("mosquitto.log");
        Files.writeString(conf, "listener " + port + " 127.0.0.1\n" + listenerConf + "persistence false\n"
                + "log_dest stderr\nlog_type all\n");
        Process p = new ProcessBuilder(binary.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Mosquitto m = new Mosquitto(p, port);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            if (!p.isAlive()) {
                List<String> lines = Files.readAllLines(log);
                throw new IOException("mosquitto exited with " + p.exitValue() + "; its log ends: "
                        + String.join(" | ", lines.subList(Math.max(0, lines.size() - 4), lines.size())));
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return m;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    m.close();
                    throw new IOException("mosquitto did not listen on port " + port);
                }
                p.waitFor(50, TimeUnit.MILLISECONDS);
            }
        }
    }

    int port() {
        return port;
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
