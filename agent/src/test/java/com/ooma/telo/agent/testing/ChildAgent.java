package com.ooma.telo.agent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.agent.cli.TeloAgent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The agent as a hub runs it: a child JVM with the hub's flags ({@link HubJvmFlags}: a 32 MiB heap, exit on out of
 * memory), its config given as {@code --set} overrides, its status page read over HTTP. Its stderr is appended to
 * {@code dir/stderr.txt}.
 */
public final class ChildAgent implements AutoCloseable {
    private final Process process;
    private final String ingest;
    private final String status;
    private final HttpClient http = HttpClient.newHttpClient();

    private ChildAgent(Process process, String ingest, String status) {
        this.process = process;
        this.ingest = ingest;
        this.status = status;
    }

    /** Starts it and waits for its ready line; {@code sets} should give {@code status.port=0}. */
    public static ChildAgent start(Path dir, List<String> sets) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HubJvmFlags.read());
        Path config = Files.writeString(dir.resolve("child-agent.properties"), "# everything comes as --set\n");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TeloAgent.class.getName(), "run",
                "--config", config.toString()));
        for (String set : sets) {
            command.addAll(List.of("--set", set));
        }
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.txt").toFile())).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).as("ready line (see stderr.txt)").isNotNull().startsWith("ready ");
        String ingest = line.replaceAll(".*ingest=(\\S+).*", "$1");
        String status = line.replaceAll(".*status=(\\S+).*", "$1");
        return new ChildAgent(p, ingest, status);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String ingestHost() {
        return ingest.substring(0, ingest.lastIndexOf(':'));
    }

    public int ingestPort() {
        return Integer.parseInt(ingest.substring(ingest.lastIndexOf(':') + 1));
    }

    /** The {@code counters} object of {@code /status}. */
    public JsonNode counters() throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create("http://" + status + "/status")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new ObjectMapper().readTree(body).path("counters");
    }

    /** Waits until a counter reaches a value, failing at once if the agent has died. */
    public void awaitCounter(String name, long atLeast, Duration timeout) throws Exception {
        awaitCounters(name + " reaches " + atLeast, c -> c.path(name).asLong() >= atLeast, timeout);
    }

    /** Waits until the counters satisfy {@code done}, failing at once if the agent has died. */
    public void awaitCounters(String what, java.util.function.Predicate<JsonNode> done, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            process.waitFor(100, TimeUnit.MILLISECONDS);
            assertThat(process.isAlive()).as("the agent is still running (see stderr.txt)").isTrue();
            if (done.test(counters())) {
                return;
            }
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
