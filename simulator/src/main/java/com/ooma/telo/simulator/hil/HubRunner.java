package com.ooma.telo.simulator.hil;

import com.ooma.telo.simulator.event.EventTypes;
import com.ooma.telo.simulator.event.Ndjson;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.fault.LoopbackProxy;
import com.ooma.telo.simulator.hub.AgentProcess;
import com.ooma.telo.simulator.hub.AgentSettings;
import com.ooma.telo.simulator.hub.AgentStatus;
import com.ooma.telo.simulator.hub.StopResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One hub of a run: its live agent (a child JVM), the loopback proxy between that agent and the broker (where
 * network faults happen), and the hub software's side of the ingest socket, fed the script's events as simulated
 * time reaches them. Counts what each agent instance accepted, so a kill -9 and restart still add up.
 */
final class HubRunner implements PlayedHub, AutoCloseable {
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    /**
     * Before a kill -9 the harness waits until the agent took in every line sent, and then this long: the agent
     * checkpoints its open windows at most once a second after a change (docs/operations.md), so after this wait
     * the kill tests what the agent promises to keep (spool, checkpoint, sequence), not the last second it may lose.
     */
    static final Duration CHECKPOINT_GRACE = Duration.ofMillis(1_500);

    final int index;
    final String deviceId;
    final Path folder;
    final LoopbackProxy proxy;
    private final List<PlayedEvent> events;
    private final AgentSettings settings;
    private final Duration timeout;
    private final List<String> entry;
    private final List<String> jvmFlags;
    private final List<String> problems = new ArrayList<>();
    private volatile AgentProcess agent;
    private Socket ingest;
    private int sent;
    private int sentToEarlierInstances;
    private long acceptedByEarlierInstances;
    private long accepted;
    private int kills;
    private AgentStatus lastBeforeStop;
    private com.ooma.telo.simulator.fault.SmallDisk disk;
    private com.ooma.telo.simulator.hub.FakeClock clock;
    private String stopLine = "";

    HubRunner(int index, String deviceId, Path folder, LoopbackProxy proxy, List<PlayedEvent> events,
            AgentSettings settings, Duration timeout, List<String> entry, List<String> jvmFlags) {
        this.index = index;
        this.deviceId = deviceId;
        this.folder = folder;
        this.proxy = proxy;
        this.events = events;
        this.settings = settings;
        this.timeout = timeout;
        this.entry = entry;
        this.jvmFlags = jvmFlags;
    }

    synchronized void launch() throws IOException, InterruptedException {
        agent = AgentProcess.launch(settings, folder, timeout, entry, jvmFlags, clock == null ? java.util.Map.of()
                : clock.env());
        ingest = new Socket();
        ingest.connect(agent.ingest(), CONNECT_TIMEOUT_MS);
    }

    /** Sends every event whose simulated time is before {@code simNowMs}. */
    synchronized void sendUpTo(long simNowMs) throws IOException {
        OutputStream out = ingest.getOutputStream();
        int from = sent;
        while (sent < events.size() && events.get(sent).ts() < simNowMs) {
            out.write(Ndjson.line(events.get(sent)));
            sent++;
        }
        if (sent > from) {
            out.flush();
        }
    }

    /**
     * SIGKILL, then the same agent again on the same state and spool; returns how long the new instance took to be
     * ready (ms). Waits first until the agent took in every line sent and checkpointed ({@link #CHECKPOINT_GRACE}).
     */
    synchronized long killAndRestart() throws IOException, InterruptedException {
        AgentStatus before = awaitIntake(timeout);
        Thread.sleep(CHECKPOINT_GRACE.toMillis());
        acceptedByEarlierInstances += before.eventsAccepted();
        sentToEarlierInstances = sent;
        kills++;
        ingest.close();
        agent.kill();
        long t0 = System.nanoTime();
        launch();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The running agent's /status, or null while none runs; never waits for a kill, restart or stop. */
    AgentStatus statusIfRunning() throws IOException, InterruptedException {
        AgentProcess a = agent;
        return a == null || !a.alive() ? null : a.status();
    }

    /** Waits until the agent (this instance) took in every line sent to it. */
    private AgentStatus awaitIntake(Duration max) throws IOException, InterruptedException {
        return agent.awaitIntake(sent - sentToEarlierInstances, max);
    }

    /** Ends the feed and stops the agent with SIGTERM (it seals and publishes its open windows). */
    synchronized void finish() throws IOException, InterruptedException {
        AgentStatus last = awaitIntake(timeout);
        lastBeforeStop = last;
        long expected = sent - sentToEarlierInstances;
        accepted = acceptedByEarlierInstances + last.eventsAccepted();
        if (last.linesTakenIn() < expected) {
            problems.add("the agent took in " + last.linesTakenIn() + " of " + expected + " lines sent to it");
        }
        ingest.shutdownOutput();
        StopResult stopped = agent.stop(timeout);
        if (!(stopped instanceof StopResult.Exited exited && exited.code() == 0)) {
            problems.add("the agent did not exit 0 on SIGTERM: " + stopped);
        }
        stopLine = lastStopLine(settings.logFile());
    }

    /** The agent's last {@code agent stopping: …} log line: whether its spool was empty when it exited. */
    private static String lastStopLine(Path log) {
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(log)) {
            return lines.filter(l -> l.contains(STOP_LINE)).reduce((a, b) -> b)
                    .map(l -> l.substring(l.indexOf(STOP_LINE) + STOP_LINE.length()).trim()).orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    private static final String STOP_LINE = "agent stopping:";

    /** The last /status before SIGTERM (after the drain), or null when the agent never got that far. */
    @Override
    public AgentStatus lastBeforeStop() {
        return lastBeforeStop;
    }

    /** True when the agent said at exit that every report was acknowledged (receipt mode: receipted). */
    @Override
    public boolean spoolEmptyAtExit() {
        return stopLine.startsWith("every report acknowledged");
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public String deviceId() {
        return deviceId;
    }

    @Override
    public int sent() {
        return sent;
    }

    @Override
    public long accepted() {
        return accepted;
    }

    /** {@code call.ended} lines sent: the calls its usage reports must account for. */
    @Override
    public long callsSent() {
        return events.subList(0, sent).stream().filter(e -> e.type().equals(EventTypes.CALL_ENDED)).count();
    }

    @Override
    public List<PlayedEvent> sentEvents() {
        return events.subList(0, sent);
    }

    @Override
    public int kills() {
        return kills;
    }

    @Override
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The small file system holding this hub's spool and state (a disk_full fault fills it); null when none. */
    void disk(com.ooma.telo.simulator.fault.SmallDisk d) {
        this.disk = d;
    }

    com.ooma.telo.simulator.fault.SmallDisk disk() {
        return disk;
    }

    /** The wall clock this hub's agent reads (a clock_jump fault moves it); null: the host's. Before launch. */
    void clock(com.ooma.telo.simulator.hub.FakeClock c) {
        this.clock = c;
    }

    com.ooma.telo.simulator.hub.FakeClock clock() {
        return clock;
    }

    /**
     * Stops the agent and the proxy; then keeps a copy of the hub's small file system in {@code agent/disk-kept}
     * (the run folder keeps every hub's spool and state) and unmounts it, whatever happened before.
     */
    @Override
    public void close() throws IOException {
        try {
            if (agent != null) {
                agent.close();
            }
            proxy.close();
        } finally {
            if (disk != null) {
                try {
                    disk.release();
                    disk.copyTo(folder.resolve("agent").resolve("disk-kept"));
                } finally {
                    disk.close();
                }
            }
        }
    }
}
