package com.ooma.telo.simulator.hub;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Parses the agent's one stdout line {@code ready ingest=127.0.0.1:PORT status=127.0.0.1:PORT}. */
record ReadyLine(InetSocketAddress ingest, InetSocketAddress status) {

    static Optional<ReadyLine> parse(String line) {
        if (!line.startsWith("ready ")) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        for (String token : line.substring("ready ".length()).trim().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                fields.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        InetSocketAddress ingest = address(fields.get("ingest"));
        InetSocketAddress status = address(fields.get("status"));
        return ingest == null || status == null ? Optional.empty() : Optional.of(new ReadyLine(ingest, status));
    }

    private static InetSocketAddress address(String hostPort) {
        if (hostPort == null) {
            return null;
        }
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        try {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            return port > 0 && port < 65536 ? new InetSocketAddress(hostPort.substring(0, colon), port)
                    : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
