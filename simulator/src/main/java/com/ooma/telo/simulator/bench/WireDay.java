package com.ooma.telo.simulator.bench;

import com.ooma.telo.agent.AgentPipeline;
import com.ooma.telo.agent.config.ConfigLoader;
import com.ooma.telo.simulator.broker.EmbeddedBroker;
import com.ooma.telo.simulator.collector.ReportOpener;
import com.ooma.telo.simulator.collector.RunKeys;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.hub.IngestPlayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Bytes on the wire over simulated time at shipped intervals: the agent runs in-process on a {@link SimClock}
 * (15-minute health, daily usage, the shipped keepalive), connected to an embedded broker through a
 * {@link CountingProxy}, and is fed the household's events at their simulated times. Time moves one health window
 * at a time; before each step the bench waits until the events are handled and every report is acknowledged, so
 * the agent never sees an acknowledgement take simulated minutes. {@code report.jitter} is 0: it only moves the
 * usage report within the half hour after midnight, not its size.
 */
public final class WireDay {
    /** The shipped {@code report.health.interval}. */
    public static final Duration SHIPPED_HEALTH = Duration.ofMinutes(15);
    private static final Duration SETTLE = Duration.ofSeconds(30);

    private WireDay() {}

    /** What one period measured, and what the keepalive and the layers below MQTT add to it. */
    public record Result(String consent, Duration health, Instant from, Instant to, WireTally tally,
                         long healthReports, long usageReports, Map<String, Long> healthComposition) {
        /** PINGREQs at the shipped keepalive over the period (each answered by a PINGRESP). */
        public long pings() {
            return tally.modelledPings(to.toEpochMilli(), WireTally.SHIPPED_KEEPALIVE);
        }

        /** Two bytes each way per ping. */
        public long pingBytes() {
            return pings() * 4;
        }

        public long mqttWithKeepalive() {
            return tally.total() + pingBytes();
        }

        /** TCP/IP (and, when {@code tls}, TLS 1.3) bytes below MQTT for the period's packets and pings. */
        public WireOverhead overhead(boolean tls) {
            List<WireOverhead.Frame> frames = new java.util.ArrayList<>();
            tally.packets().forEach(p -> frames.add(WireOverhead.Frame.of(p)));
            for (long i = 0; i < pings(); i++) {
                frames.add(new WireOverhead.Frame(2, true));
                frames.add(new WireOverhead.Frame(2, false));
            }
            int connections = (int) tally.packets().stream().filter(p -> p.type() == MqttPacket.CONNECT).count();
            return WireOverhead.of(frames, connections, tls);
        }

        public double hours() {
            return Duration.between(from, to).toMinutes() / 60.0;
        }
    }

    /**
     * Runs the agent from {@code from} to {@code to} (whole health windows) at {@code consent}, playing the
     * {@code events} whose {@code ts} falls in that period; files go under {@code root}.
     */
    public static Result run(Path root, RunKeys keys, ZoneId zone, String consent, Instant from, Instant to,
                             List<PlayedEvent> events) throws Exception {
        return run(root, keys, zone, consent, from, to, events, SHIPPED_HEALTH);
    }

    /** As above with another health interval (to measure what a change of the default would save). */
    public static Result run(Path root, RunKeys keys, ZoneId zone, String consent, Instant from, Instant to,
                             List<PlayedEvent> events, Duration health) throws Exception {
        SimClock sim = new SimClock(from);
        Path dir = Files.createDirectories(root.resolve("wire-" + consent + "-" + health));
        try (EmbeddedBroker broker = BenchBroker.start();
             CountingProxy proxy = CountingProxy.to(broker.port(), sim::millis)) {
            AgentPipeline agent = AgentPipeline.start(ConfigLoader.load(null, List.of(
                    "device.id=" + keys.deviceIdHex(), "device.timezone=" + zone.getId(),
                    "keys.device_signing=" + keys.deviceSigningPrivate(), "keys.device_kem=" + keys.deviceKemPrivate(),
                    "keys.backend_public=" + keys.backendKemPublic(),
                    "keys.backend_command=" + keys.backendKemPublic().resolveSibling("backend-command.pub.pem"),
                    "ingest.port=0", "status.port=-1", "state.dir=" + dir.resolve("state"),
                    "spool.dir=" + dir.resolve("spool"), "publish.broker=" + proxy.uri(),
                    "report.health.interval=" + health, "report.jitter=PT0S", "publish.start_delay_max=PT0S",
                    "consent.level=" + consent,
                    "log.file=" + dir.resolve("agent.log"))), sim.agentClock(), new SecureRandom());
            try {
                await(agent, c -> connected(proxy.packets()));
                List<PlayedEvent> due = events.stream()
                        .filter(e -> e.ts() >= from.toEpochMilli() && e.ts() < to.toEpochMilli()).toList();
                long written = 0;
                int next = 0;
                long healthDue = 0;
                long usageDue = 0;
                boolean full = consent.equals("full");
                for (Instant b = from.plus(health); !b.isAfter(to); b = b.plus(health)) {
                    int start = next;
                    while (next < due.size() && due.get(next).ts() < b.toEpochMilli()) {
                        next++;
                    }
                    if (next > start) {
                        sim.advanceTo(Instant.ofEpochMilli(due.get(next - 1).ts()));
                        written += IngestPlayer.playEvents(agent.ingestAddress(), due.subList(start, next));
                        long lines = written;
                        await(agent, c -> Handled.quiet(c, lines));
                    }
                    healthDue++;
                    if (full && b.atZone(zone).toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
                        usageDue++; // the daily window closes at local midnight; jitter 0 releases it at once
                    }
                    long h = healthDue;
                    long u = usageDue;
                    sim.advanceTo(b);
                    await(agent, c -> c.getOrDefault("reports_spooled.health", 0L) >= h
                            && c.getOrDefault("reports_spooled.usage", 0L) >= u
                            && c.getOrDefault("spool.pending", 0L) == 0);
                }
                proxy.stopCounting();
                Map<String, Long> c = agent.counters();
                WireTally tally = WireTally.of(proxy.packets(), proxy.bytesFromAgent() + proxy.bytesToAgent());
                return new Result(consent, health, from, to, tally, c.getOrDefault("reports_spooled.health", 0L),
                        c.getOrDefault("reports_spooled.usage", 0L),
                        ReportComposition.of(broker.published(), "health", ReportOpener.forRun(keys)));
            } finally {
                agent.close();
            }
        }
    }

    /** The session is up: the broker answered the subscription and acknowledged the birth message. */
    private static boolean connected(List<MqttPacket> seen) {
        return seen.stream().anyMatch(p -> p.type() == 9)
                && seen.stream().anyMatch(p -> !p.fromAgent() && p.type() == MqttPacket.PUBACK);
    }

    /** Polls the in-process agent's counters: it works on real threads and real sockets, whatever its clock says. */
    private static void await(AgentPipeline agent, Predicate<Map<String, Long>> done) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!done.test(agent.counters())) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the in-process agent did not settle within " + SETTLE.toSeconds() + " s: "
                        + agent.counters());
            }
            Thread.sleep(5);
        }
    }

}
