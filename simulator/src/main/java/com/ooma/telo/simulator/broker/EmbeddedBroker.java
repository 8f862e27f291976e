package com.ooma.telo.simulator.broker;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * A Moquette broker for demos and tests: loopback only, a free port, anonymous clients, nothing on disk, and a
 * recorder that keeps everything clients sent it so a leak scan can read it afterwards.
 */
public final class EmbeddedBroker implements AutoCloseable {
    /** Room for the largest envelope (262,144-byte ciphertext plus header and signature) and MQTT framing. */
    private static final int MAX_MESSAGE_BYTES = 300_000;
    private static final Duration BIND_TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_MS = 10;

    private Server server;
    private final RecordingInterceptor recorder;
    private int port;
    private boolean running;

    private EmbeddedBroker(Server server, RecordingInterceptor recorder) {
        this.server = server;
        this.recorder = recorder;
    }

    public static EmbeddedBroker start() throws IOException {
        return start(java.time.Clock.systemUTC());
    }

    /** As {@link #start()}, stamping each PUBLISH's arrival by {@code clock} (fleet mode: simulated time). */
    public static EmbeddedBroker start(java.time.Clock clock) throws IOException {
        RecordingInterceptor recorder = new RecordingInterceptor(clock);
        Server server = startServer(0, recorder);
        EmbeddedBroker broker = new EmbeddedBroker(server, recorder);
        broker.port = awaitBoundPort(server);
        broker.running = true;
        return broker;
    }

    /** Stops the broker as a crash or restart would: every connection drops, every session is forgotten. */
    public synchronized void stop() {
        if (running) {
            server.stopServer();
            running = false;
        }
    }

    /** Starts it again on the same port, with no session state; what it recorded before is kept. */
    public synchronized void resume() throws IOException {
        if (!running) {
            server = startServer(port, recorder);
            int bound = awaitBoundPort(server);
            if (bound != port) {
                server.stopServer();
                throw new IOException("the embedded broker came back on port " + bound + ", not " + port);
            }
            running = true;
        }
    }

    public synchronized boolean running() {
        return running;
    }

    private static Server startServer(int port, RecordingInterceptor recorder) throws IOException {
        Properties p = new Properties();
        p.setProperty(BrokerConstants.HOST_PROPERTY_NAME, "127.0.0.1");
        p.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        p.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        p.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        p.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        // Moquette otherwise phones home with usage statistics and writes an id file for it.
        p.setProperty(BrokerConstants.ENABLE_TELEMETRY_NAME, "false");
        p.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(MAX_MESSAGE_BYTES));
        Server server = new Server();
        server.startServer(new MemoryConfig(p), List.of(recorder));
        return server;
    }

    public int port() {
        return port;
    }

    /** The URI a Paho client (or the agent's {@code publish.broker}) connects to. */
    public String uri() {
        return "tcp://127.0.0.1:" + port();
    }

    /** Everything clients have sent so far, in arrival order. */
    public List<BrokerSighting> sightings() {
        return recorder.snapshot();
    }

    /** Every PUBLISH the broker took in, with when it arrived: what a backend with a persistent session gets. */
    public List<Published> published() {
        return recorder.published();
    }

    /** How many PUBLISH packets the broker has recorded so far. */
    public int publishCount() {
        return recorder.publishCount();
    }

    /** Moquette learns the port it bound (asked for 0) in a bind listener that may run after startServer returns. */
    private static int awaitBoundPort(Server server) throws IOException {
        long deadline = System.nanoTime() + BIND_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            int bound = server.getPort();
            if (bound > 0) {
                return bound;
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stopServer();
        throw new IOException("the embedded broker did not bind a port within " + BIND_TIMEOUT.toSeconds() + " s");
    }

    @Override
    public void close() {
        stop();
    }
}
