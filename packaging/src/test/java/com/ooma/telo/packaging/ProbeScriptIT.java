package com.ooma.telo.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The liveness probe the timer runs ({@code bin/telo-agent-probe}), with a stub {@code systemctl} that logs what it
 * is asked and a stand-in status page: an answering agent is left alone, a silent one is restarted, a stopped one
 * is not probed.
 */
class ProbeScriptIT {
    static final Path PROBE = Path.of("src", "hub", "bin", "telo-agent-probe").toAbsolutePath();

    @TempDir
    Path dir;
    Path calls;

    @BeforeEach
    void stubSystemctl() throws IOException {
        calls = dir.resolve("systemctl.calls");
        Path stub = dir.resolve("systemctl");
        Files.writeString(stub, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n"
                + "if [ \"$1\" = is-active ]; then exit \"${STUB_ACTIVE:-0}\"; fi\nexit 0\n");
        assertThat(stub.toFile().setExecutable(true)).isTrue();
    }

    @Test
    void anAnsweringAgent_isLeftAlone() throws Exception {
        HttpServer status = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        status.createContext("/status", ex -> {
            byte[] body = "{}\n".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        status.start();
        try {
            ShellRun run = probe(status.getAddress().getPort(), "0");

            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(Files.readAllLines(calls)).containsExactly("is-active --quiet telo-agent.service");
        } finally {
            status.stop(0);
        }
    }

    @Test
    void aSilentAgent_isRestarted_afterEveryTryFailed() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }

        ShellRun run = probe(closedPort, "0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("did not answer 2 times; restarting telo-agent.service");
        assertThat(Files.readAllLines(calls)).containsExactly("is-active --quiet telo-agent.service",
                "is-active --quiet telo-agent.service", "restart telo-agent.service");
    }

    @Test
    void anAgentThatIsNotActive_isNotProbed() throws Exception {
        ShellRun run = probe(1, "3");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllLines(calls)).containsExactly("is-active --quiet telo-agent.service");
    }

    @Test
    void aStatusPageThatIsOff_isNotProbed() throws Exception {
        ShellRun run = probe(-1, "0");

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("status page off");
        assertThat(calls).doesNotExist();
    }

    private ShellRun probe(int statusPort, String active) throws Exception {
        Path config = dir.resolve("telo-agent.properties");
        Files.writeString(config, "device.region=US\nstatus.port = " + statusPort + "\n");
        return ShellRun.of(List.of(PROBE.toString()), dir, Map.of("TELO_CONFIG", config.toString(),
                "TELO_PROBE_TRIES", "2", "TELO_PROBE_PAUSE", "0", "TELO_PROBE_SYSTEMCTL",
                dir.resolve("systemctl").toString(), "STUB_ACTIVE", active));
    }
}
