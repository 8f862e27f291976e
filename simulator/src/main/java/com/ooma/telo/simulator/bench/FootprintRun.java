package com.ooma.telo.simulator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ooma.telo.simulator.broker.EmbeddedBroker;
import com.ooma.telo.simulator.collector.ReportOpener;
import com.ooma.telo.simulator.collector.RunKeys;
import com.ooma.telo.simulator.household.Household;
import com.ooma.telo.simulator.household.HouseholdDay;
import com.ooma.telo.simulator.household.HouseholdModel;
import com.ooma.telo.simulator.household.HouseholdProfile;
import com.ooma.telo.simulator.hub.AgentProcess;
import com.ooma.telo.simulator.hub.AgentSettings;
import com.ooma.telo.simulator.hub.IngestPlayer;
import com.ooma.telo.simulator.hub.JvmFlags;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Measures the agent as a hub runs it: the hub's JVM flags (by default those of {@link JvmFlags#hub()}, the file the
 * service reads), a real broker, real crypto and files. Reports resident memory idle and after a flood of call
 * events, the peak, and the rate at which the agent took the flood in.
 */
public final class FootprintRun {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    private final int events;
    private final List<String> jvmFlags;
    private final PrintWriter out;

    public FootprintRun(int events, List<String> jvmFlags, PrintWriter out) {
        this.events = events;
        this.jvmFlags = List.copyOf(jvmFlags);
        this.out = out;
    }

    /** Runs in {@code root}; returns the result line it printed. */
    public String run(Path root) throws Exception {
        RunKeys keys = ReportOpener.generateKeys(root);
        HouseholdDay day = HouseholdModel.seeded(HouseholdProfile.typical(), Household.fictional(), 1)
                .day(LocalDate.of(2026, 11, 2), ZONE, events);
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            AgentSettings settings = AgentSettings.forDemo(keys.deviceIdHex(), ZONE, keys.deviceSigningPrivate(),
                    keys.deviceKemPrivate(), keys.backendKemPublic(), broker.uri(), root);
            try (AgentProcess agent = AgentProcess.launch(settings, root, Duration.ofSeconds(60),
                    AgentProcess.AGENT_MAIN, jvmFlags)) {
                Status status = new Status(agent);
                status.awaitHealthReport();
                ProcMemory idle = ProcMemory.of(agent.pid());
                long t0 = System.nanoTime();
                IngestPlayer.play(agent.ingest(), day.calls());
                JsonNode done = status.awaitQuiet(events);
                double seconds = (System.nanoTime() - t0) / 1e9;
                ProcMemory after = ProcMemory.of(agent.pid());
                agent.stop(Duration.ofSeconds(30));
                long counted = done.path("counters").path("calls_counted").asLong();
                long dropped = done.path("counters").path("ingest.queue_full").asLong();
                String line = String.format(java.util.Locale.ROOT,
                        "footprint: events=%d counted=%d dropped_queue_full=%d seconds=%.2f events_per_s=%.0f "
                        + "rss_idle_mib=%s rss_after_mib=%s rss_peak_mib=%s",
                        events, counted, dropped, seconds, counted / seconds, ProcMemory.mib(idle.rssKib()),
                        ProcMemory.mib(after.rssKib()), ProcMemory.mib(after.peakKib()));
                out.println(line);
                out.flush();
                return line;
            }
        }
    }

    /** Reads /status; waits on real I/O, so it polls with a bound. */
    private static final class Status {
        private final HttpClient http = HttpClient.newHttpClient();
        private final URI uri;

        Status(AgentProcess agent) throws Exception {
            this.uri = URI.create("http://127.0.0.1:" + statusPort(agent) + "/status");
        }

        private static int statusPort(AgentProcess agent) throws Exception {
            return agent.statusAddress().getPort();
        }

        JsonNode get() throws Exception {
            return JSON.readTree(http.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        }

        /** The first health report is sealed: every stage, crypto included, has run once. */
        void awaitHealthReport() throws Exception {
            poll(s -> s.path("counters").path("reports_spooled.health").asLong() > 0, Duration.ofSeconds(30));
        }

        /** Every line taken in and the pipeline queue empty. */
        JsonNode awaitQuiet(long lines) throws Exception {
            return poll(s -> s.path("events_accepted").asLong() + s.path("events_malformed").asLong() >= lines
                    && handled(s.path("counters")) >= s.path("events_accepted").asLong(), Duration.ofMinutes(5));
        }

        /** Accepted events the worker has finished with (an empty queue alone can hide the one in hand). */
        private static long handled(JsonNode c) {
            long n = c.path("events_counted").asLong() + c.path("redact.events_unknown_type").asLong()
                    + c.path("events_ignored.consent").asLong() + c.path("ingest.queue_full").asLong();
            for (java.util.Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (k.startsWith("redact.events_invalid.")) {
                    n += c.path(k).asLong();
                }
            }
            return n;
        }

        private JsonNode poll(java.util.function.Predicate<JsonNode> done, Duration max) throws Exception {
            long deadline = System.nanoTime() + max.toNanos();
            JsonNode s = get();
            while (!done.test(s)) {
                if (System.nanoTime() > deadline) {
                    throw new java.io.IOException("the agent did not get there within " + max + ": " + s);
                }
                synchronized (this) {
                    wait(20);
                }
                s = get();
            }
            return s;
        }
    }
}
