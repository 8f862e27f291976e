package com.ooma.telo.agent.testing;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.util.Properties;

/** An embedded Moquette 0.17 broker, in memory, loopback only, with its phone-home telemetry off. */
public final class MoquetteBroker implements TestBroker {
    private final Server server = new Server();
    private final int port;

    private MoquetteBroker(int port) {
        this.port = port;
    }

    public static MoquetteBroker start() throws IOException {
        return startOn(MosquittoBroker.freePort());
    }

    /** Starts on a given port, e.g. one a client was already trying before the broker came up. */
    public static MoquetteBroker startOn(int port) throws IOException {
        Properties p = new Properties();
        p.setProperty("host", "127.0.0.1");
        p.setProperty("port", Integer.toString(port));
        p.setProperty("websocket_port", "disabled");
        p.setProperty("allow_anonymous", "true");
        p.setProperty("persistence_enabled", "false");
        p.setProperty("telemetry_enabled", "false");
        MoquetteBroker b = new MoquetteBroker(port);
        b.server.startServer(new MemoryConfig(p));
        return b;
    }

    @Override
    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.stopServer();
    }
}
