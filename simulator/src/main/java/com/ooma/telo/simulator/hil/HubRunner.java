package com.ooma.telo.simulator.hil;

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
 * time reaches them. Remembers when each event was sent (wall ms), so a SIGKILL's losses can be bounded.
 */
final class HubRunner implements AutoCloseable {
    private static final int CONNECT_TIMEOUT_MS = 5_000;

    final int index;
    final String deviceId;
    final Path folder;
    final LoopbackProxy proxy;
    private final List<PlayedEvent> events;
    private final long[] sentAtMs;
    private final AgentSettings settings;
    private final Duration timeout;
    private final List<String> entry;
    private final List<String> jvmFlags;
    private final List<String> problems = new ArrayList<>();
    private final List<Long> killsAtMs = new ArrayList<>();
    private AgentProcess agent;
    private Socket ingest;
    private int sent;
    private long accepted;

    HubRunner(int index, String deviceId, Path folder, LoopbackProxy proxy, List<PlayedEvent> events,
            AgentSettings settings, Duration timeout, List<String> entry, List<String> jvmFlags) {
        this.index = index;
        this.deviceId = deviceId;
        this.folder = folder;
        this.proxy = proxy;
        this.events = events;
        this.sentAtMs = new long[events.size()];
        this.settings = settings;
        this.timeout = timeout;
        this.entry = entry;
        this.jvmFlags = jvmFlags;
    }

    synchronized void launch() throws IOException, InterruptedException {
        agent = AgentProcess.launch(settings, folder, timeout, entry, jvmFlags);
        ingest = new Socket();
        ingest.connect(agent.ingest(), CONNECT_TIMEOUT_MS);
    }

    /** Sends every event whose simulated time is before {@code simNowMs}. */
    synchronized void sendUpTo(long simNowMs, long wallNowMs) throws IOException {
        OutputStream out = ingest.getOutputStream();
        int from = sent;
        while (sent < events.size() && events.get(sent).ts() < simNowMs) {
            out.write(Ndjson.line(events.get(sent)));
            sentAtMs[sent] = wallNowMs;
            sent++;
        }
        if (sent > from) {
            out.flush();
        }
    }

    /**
     * SIGKILL, then the same agent again on the same state and spool. Waits first until the agent took in every line
     * sent, so the kill loses the agent's own state, not lines still in the socket.
     */
    synchronized void killAndRestart(long wallNowMs) throws IOException, InterruptedException {
        awaitIntake(Duration.ofSeconds(30));
        killsAtMs.add(wallNowMs);
        ingest.close();
        agent.kill();
        launch();
    }

    synchronized AgentStatus status() throws IOException, InterruptedException {
        return agent.status();
    }

    /** Waits until the agent (this instance) took in every line sent to it. */
    AgentStatus awaitIntake(Duration max) throws IOException, InterruptedException {
        long before = linesBeforeThisInstance();
        return agent.awaitIntake(sent - before, max);
    }

    /** Lines sent to instances killed before this one (the current instance's counters start at zero). */
    private long linesBeforeThisInstance() {
        if (killsAtMs.isEmpty()) {
            return 0;
        }
        long lastKill = killsAtMs.get(killsAtMs.size() - 1);
        long n = 0;
        for (int i = 0; i < sent; i++) {
            if (sentAtMs[i] <= lastKill) {
                n++;
            }
        }
        return n;
    }

    /** Ends the feed and stops the agent with SIGTERM (it seals and publishes its open windows). */
    synchronized void finish() throws IOException, InterruptedException {
        AgentStatus last = awaitIntake(timeout);
        long expected = sent - linesBeforeThisInstance();
        accepted = linesBeforeThisInstance() + last.eventsAccepted();
        if (last.linesTakenIn() < expected) {
            problems.add("the agent took in " + last.linesTakenIn() + " of " + expected + " lines sent to it");
        }
        ingest.shutdownOutput();
        StopResult stopped = agent.stop(timeout);
        if (!(stopped instanceof StopResult.Exited exited && exited.code() == 0)) {
            problems.add("the agent did not exit 0 on SIGTERM: " + stopped);
        }
    }

    int sent() {
        return sent;
    }

    long accepted() {
        return accepted;
    }

    List<PlayedEvent> sentEvents() {
        return events.subList(0, sent);
    }

    /** Events sent within {@code windowMs} before any kill: what a SIGKILL may have lost. */
    List<PlayedEvent> atRisk(long windowMs) {
        List<PlayedEvent> out = new ArrayList<>();
        for (long kill : killsAtMs) {
            for (int i = 0; i < sent; i++) {
                if (sentAtMs[i] <= kill && sentAtMs[i] > kill - windowMs) {
                    out.add(events.get(i));
                }
            }
        }
        return out;
    }

    int kills() {
        return killsAtMs.size();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() throws IOException {
        if (agent != null) {
            agent.close();
        }
        proxy.close();
    }
}
