package com.ooma.telo.simulator.fleet;

import com.ooma.telo.agent.AgentPipeline;
import com.ooma.telo.agent.clock.AgentClock;
import com.ooma.telo.agent.config.AgentConfig;
import com.ooma.telo.simulator.event.EventTypes;
import com.ooma.telo.simulator.event.Ndjson;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.fault.LoopbackProxy;
import com.ooma.telo.simulator.hil.PlayedHub;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One hub of a fleet run: a full {@link AgentPipeline} in this JVM on the fleet's simulated time (its own wall
 * offset for clock jumps), its own keys, config, state and spool under {@code DIR/hub-i/}, fed its script through its
 * real ingest socket. Only a hub a network fault targets talks to the broker through a {@link LoopbackProxy}.
 * Counts what each agent instance accepted, so a kill and restart still add up.
 */
final class FleetHub implements PlayedHub {
    private final int index;
    private final String deviceId;
    final Path folder;
    final LoopbackProxy proxy;
    private final AgentConfig config;
    private final List<PlayedEvent> events;
    private final AtomicLong wallOffsetMs = new AtomicLong();
    private final AgentClock clock;
    private final long seed;
    private final List<String> problems = new ArrayList<>();
    private volatile boolean spoolEmptyAtExit;
    private volatile AgentPipeline agent;
    private Socket socket;
    private OutputStream ingest;
    private int sent;
    private int sentToEarlierInstances;
    private long acceptedByEarlierInstances;
    private long accepted;
    private int kills;
    private int instance;

    FleetHub(int index, String deviceId, Path folder, LoopbackProxy proxy, AgentConfig config,
            List<PlayedEvent> events, SimulatedTime time, long seed) {
        this.index = index;
        this.deviceId = deviceId;
        this.folder = folder;
        this.proxy = proxy;
        this.config = config;
        this.events = events;
        this.clock = time.forHub(wallOffsetMs);
        this.seed = seed;
    }

    /** Starts an agent instance on the hub's folders and connects the hub's side of the ingest socket. */
    synchronized void start() throws Exception {
        // Seeded per hub and instance: the publisher's backoff jitter is the same on every run of the same seed.
        agent = AgentPipeline.start(config, clock, new Random(seed * 1_000_003L + index * 131L + instance++));
        socket = new Socket();
        socket.connect(agent.ingestAddress(), 5_000);
        socket.setTcpNoDelay(true);
        ingest = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
    }

    /** Sends every event whose simulated time is before {@code simMs}; returns how many. */
    synchronized int sendUpTo(long simMs) throws IOException {
        int from = sent;
        while (sent < events.size() && events.get(sent).ts() < simMs) {
            ingest.write(Ndjson.line(events.get(sent)));
            sent++;
        }
        if (sent > from) {
            ingest.flush();
        }
        return sent - from;
    }

    /** The running instance's progress (cheap: no counter map). */
    AgentPipeline.Progress progress() {
        return agent.progress();
    }

    /** Every line sent to this instance taken in, and every queued event handled by its worker. */
    boolean caughtUp() {
        AgentPipeline.Progress p = agent.progress();
        return p.linesTakenIn() >= sent - sentToEarlierInstances && p.eventsHandled() >= p.eventsQueued();
    }

    void wake() {
        agent.wake();
    }

    /** Moves this hub's wall clock by {@code by} (the fleet's time and the monotonic clock go on). */
    void jumpClock(Duration by) {
        wallOffsetMs.addAndGet(by.toMillis());
    }

    long wallOffsetMs() {
        return wallOffsetMs.get();
    }

    /**
     * An abrupt stop ({@link AgentPipeline#halt}: no seal, no flush), then a new instance on the same state and spool.
     * The caller has waited until every line was handled and a pass on a later clock wrote the checkpoint.
     */
    synchronized void killAndRestart() throws Exception {
        acceptedByEarlierInstances += agent.counters().getOrDefault("ingest.accepted", 0L);
        sentToEarlierInstances = sent;
        kills++;
        socket.close();
        agent.halt();
        start();
    }

    /** Ends the feed, then the orderly stop (seals the open windows, waits up to {@code drain} for acks). */
    synchronized void finish(Duration drain) throws InterruptedException, IOException {
        long expected = sent - sentToEarlierInstances;
        long taken = agent.progress().linesTakenIn();
        if (taken < expected) {
            problems.add("the agent took in " + taken + " of " + expected + " lines sent to it");
        }
        accepted = acceptedByEarlierInstances + agent.counters().getOrDefault("ingest.accepted", 0L);
        socket.shutdownOutput();
        agent.shutdown(drain);
        spoolEmptyAtExit = agent.counters().getOrDefault("spool.pending", -1L) == 0;
        socket.close();
    }

    @Override
    public boolean spoolEmptyAtExit() {
        return spoolEmptyAtExit;
    }

    /** Drops the instance however it is (a run that failed half-way). */
    void close() {
        AgentPipeline a = agent;
        try {
            if (a != null) {
                a.close();
            }
            if (socket != null) {
                socket.close();
            }
            if (proxy != null) {
                proxy.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
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
}
