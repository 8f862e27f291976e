package com.ooma.telo.simulator.bench;

import com.ooma.telo.simulator.broker.EmbeddedBroker;
import com.ooma.telo.simulator.collector.ReportOpener;
import com.ooma.telo.simulator.collector.RunKeys;
import com.ooma.telo.simulator.event.Ndjson;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.household.Household;
import com.ooma.telo.simulator.household.HouseholdDay;
import com.ooma.telo.simulator.household.HouseholdModel;
import com.ooma.telo.simulator.household.HouseholdProfile;
import com.ooma.telo.simulator.hub.AgentProcess;
import com.ooma.telo.simulator.hub.AgentSettings;
import com.ooma.telo.simulator.hub.IngestPlayer;
import com.ooma.telo.simulator.hub.JvmFlags;
import com.ooma.telo.simulator.play.HubScripts;
import com.ooma.telo.simulator.scenario.Scenario;
import com.ooma.telo.simulator.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures the agent as a hub runs it: a child JVM with the hub's JVM flags ({@link JvmFlags#hub()}, the file the
 * service reads), a real broker, real crypto and files: time to ready and to the first PUBLISH, memory idle, under a
 * paced household day and after a burst, CPU for the day, intake of the burst; then the floor, an idle JVM with the
 * same flags ({@link IdleJvm}). Then bytes on the wire over a simulated day at shipped intervals ({@link WireDay},
 * in-process) and the package sizes.
 */
public final class FootprintRun {
    /** The household: the built-in normal week's first day, every event type the hub emits. */
    static final String SCENARIO = "normal-week";
    private static final long SEED = 1;

    /**
     * @param burstEvents call events written at once
     * @param paceSeconds real seconds the household day is played over, and the idle period it is set against
     * @param wireHours   simulated hours of the wire measurement, ending at local midnight (24: a whole day); 0 skips
     * @param wireHealth  the health interval of the wire measurement (shipped: {@link WireDay#SHIPPED_HEALTH})
     * @param repository  where to look for the built packages
     */
    public record Options(int burstEvents, double paceSeconds, int wireHours, Duration wireHealth,
                          List<String> jvmFlags, String jvmFlagsSource, Path repository) {}

    private final Options o;

    public FootprintRun(Options options) {
        this.o = options;
    }

    /** Runs in {@code root}. */
    public Footprint run(Path root) throws Exception {
        RunKeys keys = ReportOpener.generateKeys(root);
        Scenario scenario = ScenarioLoader.builtIn(SCENARIO).withDays(1);
        List<PlayedEvent> household = HubScripts.write(scenario, SEED, 0).playable(false);
        HouseholdDay burstDay = HouseholdModel.seeded(HouseholdProfile.typical(), Household.fictional(), SEED)
                .day(LocalDate.of(2026, 11, 2), scenario.timezone(), o.burstEvents());
        Footprint.Memory memory;
        Footprint.Start start;
        Footprint.Burst burst;
        Footprint.Cpu cpu;
        try (EmbeddedBroker broker = BenchBroker.start()) {
            AgentSettings settings = AgentSettings.forDemo(keys.deviceIdHex(), scenario.timezone(),
                    keys.deviceSigningPrivate(), keys.deviceKemPrivate(), keys.backendKemPublic(), broker.uri(), root);
            long execNanos = System.nanoTime();
            long execMs = System.currentTimeMillis();
            try (AgentProcess agent = AgentProcess.launch(settings, root, Duration.ofSeconds(60),
                    AgentProcess.classPathEntry(AgentProcess.AGENT_MAIN), o.jvmFlags())) {
                long readyMs = (System.nanoTime() - execNanos) / 1_000_000;
                StatusPoll status = new StatusPoll(agent);
                status.until(c -> c.getOrDefault("reports_spooled.health", 0L) > 0
                        && c.getOrDefault("publish.acked", 0L) > 0, Duration.ofSeconds(30));
                start = new Footprint.Start(readyMs, broker.published().get(0).arrivedMs() - execMs);

                double idle0 = ProcCpu.seconds(agent.pid());
                long idleStart = System.nanoTime();
                pause(o.paceSeconds());
                double idleWall = (System.nanoTime() - idleStart) / 1e9;
                double idleCpu = ProcCpu.seconds(agent.pid()) - idle0;
                ProcMemory idle = ProcMemory.of(agent.pid());

                double busy0 = ProcCpu.seconds(agent.pid());
                long busyStart = System.nanoTime();
                long before = status.lines();
                playPaced(agent, household, scenario.startMs(), o.paceSeconds());
                ProcMemory busy = ProcMemory.of(agent.pid());
                status.until(c -> Handled.quiet(c, before + household.size()), Duration.ofMinutes(2));
                double busyWall = (System.nanoTime() - busyStart) / 1e9;
                cpu = new Footprint.Cpu(household.size(), idleWall, idleCpu, busyWall,
                        ProcCpu.seconds(agent.pid()) - busy0);

                long beforeBurst = status.lines();
                long counted0 = status.counter("calls_counted");
                long dropped0 = status.counter("ingest.queue_full");
                long t0 = System.nanoTime();
                IngestPlayer.play(agent.ingest(), burstDay.calls());
                Map<String, Long> done = status.until(c -> Handled.quiet(c, beforeBurst + o.burstEvents()),
                        Duration.ofMinutes(5));
                double seconds = (System.nanoTime() - t0) / 1e9;
                ProcMemory after = ProcMemory.of(agent.pid());
                agent.stop(Duration.ofSeconds(30));
                memory = new Footprint.Memory(idle, busy, after, IdleJvm.measure(o.jvmFlags()));
                burst = new Footprint.Burst(o.burstEvents(), done.getOrDefault("calls_counted", 0L) - counted0,
                        done.getOrDefault("ingest.queue_full", 0L) - dropped0, seconds);
            }
        }
        List<WireDay.Result> wire = new ArrayList<>();
        if (o.wireHours() > 0) {
            Instant midnight = Instant.ofEpochMilli(scenario.endMs());
            Instant from = midnight.minus(Duration.ofHours(o.wireHours()));
            for (String consent : List.of("full", "essential")) {
                wire.add(WireDay.run(root, keys, scenario.timezone(), consent, from, midnight, household,
                        o.wireHealth()));
            }
        }
        return new Footprint(o.jvmFlags(), o.jvmFlagsSource(), memory, start, burst, cpu, wire,
                PackageSizes.under(o.repository()));
    }

    /**
     * Plays a household day on one connection at its own rhythm, compressed into {@code seconds}: each event is
     * written when its share of the day has passed, as the hub's software would, only faster.
     */
    private static void playPaced(AgentProcess agent, List<PlayedEvent> day, long dayStartMs, double seconds)
            throws IOException, InterruptedException {
        long startNanos = System.nanoTime();
        double scale = seconds * 1e9 / Duration.ofDays(1).toMillis();
        try (Socket socket = new Socket()) {
            socket.connect(agent.ingest(), 5_000);
            OutputStream out = socket.getOutputStream();
            for (PlayedEvent e : day) {
                long dueNanos = startNanos + (long) ((e.ts() - dayStartMs) * scale);
                long waitNanos = dueNanos - System.nanoTime();
                if (waitNanos > 0) {
                    Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                }
                out.write(Ndjson.line(e));
                out.flush();
            }
            socket.shutdownOutput();
        }
    }

    /** The idle period: the agent runs on its own while the bench does nothing. */
    private static void pause(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
    }
}
