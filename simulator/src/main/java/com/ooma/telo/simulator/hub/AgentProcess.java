package com.ooma.telo.simulator.hub;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The one place the live agent is launched: a child JVM running {@code TeloAgent run --config FILE} on this JVM's
 * class path (the simulator jar shades the agent in; under surefire the class path holds it too), with the hub's JVM
 * flags ({@link JvmFlags#hub()}) unless a caller passes others. Its working directory, temp directory, stdout and
 * stderr all live in the run folder, so the leak scan sees whatever it writes.
 */
public final class AgentProcess implements AutoCloseable {
    public static final String AGENT_MAIN = "com.ooma.telo.agent.cli.TeloAgent";
    private static final long POLL_MS = 50;
    private static final int STDERR_TAIL_LINES = 5;

    private final Process process;
    private final ReadyLine ready;
    private final Thread stdoutDrain;
    private final StatusProbe probe;

    private AgentProcess(Process process, ReadyLine ready, Thread stdoutDrain) {
        this.process = process;
        this.ready = ready;
        this.stdoutDrain = stdoutDrain;
        this.probe = new StatusProbe(ready.status());
    }

    /** Starts the agent in {@code workDir} and waits for its ready line; fails if it exits or stays silent. */
    public static AgentProcess launch(AgentSettings settings, Path workDir, Duration readyTimeout)
            throws IOException, InterruptedException {
        return launch(settings, workDir, readyTimeout, AGENT_MAIN);
    }

    /** As {@link #launch(AgentSettings, Path, Duration)} with another main class (tests use a stand-in agent). */
    public static AgentProcess launch(AgentSettings settings, Path workDir, Duration readyTimeout, String mainClass)
            throws IOException, InterruptedException {
        return launch(settings, workDir, readyTimeout, mainClass, JvmFlags.hub().flags());
    }

    /** The agent with the given JVM flags (the footprint bench takes others with {@code --jvm}). */
    public static AgentProcess launch(AgentSettings settings, Path workDir, Duration readyTimeout, String mainClass,
                                      List<String> jvmFlags) throws IOException, InterruptedException {
        return launch(settings, workDir, readyTimeout, classPathEntry(mainClass), jvmFlags);
    }

    /** How to start a main class from this JVM's own class path (the simulator jar shades the agent in). */
    public static List<String> classPathEntry(String mainClass) {
        return List.of("-cp", absoluteClassPath(), mainClass);
    }

    /** How to start the agent exactly as shipped: {@code java -jar telo-agent.jar}. */
    public static List<String> jarEntry(Path agentJar) {
        return List.of("-jar", agentJar.toAbsolutePath().toString());
    }

    /** The agent started by {@code entry} (see {@link #classPathEntry}, {@link #jarEntry}) with {@code jvmFlags}. */
    public static AgentProcess launch(AgentSettings settings, Path workDir, Duration readyTimeout, List<String> entry,
                                      List<String> jvmFlags) throws IOException, InterruptedException {
        return launch(settings, workDir, readyTimeout, entry, jvmFlags, java.util.Map.of());
    }

    /** As above, with {@code env} added to the child's environment (a faked wall clock: {@link FakeClock}). */
    public static AgentProcess launch(AgentSettings settings, Path workDir, Duration readyTimeout, List<String> entry,
                                      List<String> jvmFlags, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        Path config = settings.writeConfig(workDir.resolve("agent.properties"));
        Path tmp = Files.createDirectories(workDir.resolve("tmp"));
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-Djava.io.tmpdir=" + tmp.toAbsolutePath());
        command.addAll(entry);
        command.addAll(List.of("run", "--config", config.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process process = builder
                .directory(workDir.toFile())
                .redirectError(workDir.resolve("agent-stderr.log").toFile())
                .start();
        CompletableFuture<ReadyLine> ready = new CompletableFuture<>();
        Thread drain = new Thread(() -> drain(process, workDir.resolve("agent-stdout.log"), ready), "agent-stdout");
        drain.setDaemon(true);
        drain.start();
        try {
            return new AgentProcess(process, ready.get(readyTimeout.toMillis(), TimeUnit.MILLISECONDS), drain);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            String why = process.waitFor(5, TimeUnit.SECONDS)
                    ? "exited with code " + process.exitValue() + " before printing its ready line"
                    : "printed no ready line within " + readyTimeout.toSeconds() + " s";
            throw new IOException("the agent " + why + "; its stderr ends: " + tail(workDir.resolve("agent-stderr.log")));
        }
    }

    /** The agent's process id (the footprint bench reads its memory from /proc). */
    public long pid() {
        return process.pid();
    }

    public InetSocketAddress statusAddress() {
        return ready.status();
    }

    public InetSocketAddress ingest() {
        return ready.ingest();
    }

    public AgentStatus status() throws IOException, InterruptedException {
        return probe.fetch();
    }

    /** Polls {@code /status} until the agent has taken in {@code lines} lines, or {@code max} passed. */
    public AgentStatus awaitIntake(long lines, Duration max) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        AgentStatus last = status();
        while (last.linesTakenIn() < lines && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(POLL_MS);
            last = status();
        }
        return last;
    }

    /** SIGTERM (the agent then seals and publishes its open windows), bounded by {@code timeout}. */
    public StopResult stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            stdoutDrain.join(1000);
            return new StopResult.Killed();
        }
        stdoutDrain.join(1000);
        return new StopResult.Exited(process.exitValue());
    }

    /** SIGKILL, as a power cut or the kernel's OOM killer would: no shutdown hook runs, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        stdoutDrain.join(1000);
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** Copies the agent's stdout to a file in the run folder, completing {@code ready} at the ready line. */
    private static void drain(Process process, Path copy, CompletableFuture<ReadyLine> ready) {
        try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.write('\n');
                out.flush();
                if (!ready.isDone()) {
                    ReadyLine.parse(line).ifPresent(ready::complete);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IOException("agent stdout closed"));
    }

    /** The last lines the agent wrote to stderr before it was ready (no events were sent yet: nothing personal). */
    private static String tail(Path stderr) {
        try {
            List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "(nothing)"
                    : String.join(" | ", lines.subList(Math.max(0, lines.size() - STDERR_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    /** The child runs in the run folder, so relative class path entries are made absolute first. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(s -> Paths.get(s).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
