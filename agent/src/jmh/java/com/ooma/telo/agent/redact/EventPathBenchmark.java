package com.ooma.telo.agent.redact;

import com.ooma.telo.agent.aggregate.MetricWindows;
import com.ooma.telo.agent.aggregate.WindowSchedule;
import com.ooma.telo.agent.config.ConsentLevel;
import com.ooma.telo.agent.event.HubEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pipeline worker's cost per event: deny-by-default redaction of one {@code call.ended} (libphonenumber
 * classification, keyed caller pseudonym) and counting it into the registry's windows. One thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventPathBenchmark {
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    private EventRedactor redactor;
    private MetricWindows windows;
    private HubEvent call;

    @Setup
    public void setUp() {
        Clock clock = Clock.systemUTC();
        redactor = new EventRedactor("US", ZONE, clock);
        redactor.allowPseudonyms(true);
        windows = new MetricWindows(new WindowSchedule(Duration.ofMinutes(15), ZONE),
                new WindowSchedule(Duration.ofDays(1), ZONE), clock, ConsentLevel.FULL);
        call = new HubEvent("call.ended", 1_764_170_000_000L, Map.of("direction", "inbound",
                "remote_number", "(650) 555-0142", "remote_name", "Jane Roe", "disposition", "answered",
                "started_at", 1_764_169_000_000L, "duration_ms", 65_000L, "call_id", "a84b4c76e66710@hub",
                "codec", "PCMU", "sip_code", 200L));
    }

    @Benchmark
    public void redactAndCount() {
        RedactOutcome out = redactor.redact(call);
        if (out instanceof RedactOutcome.Kept kept) {
            windows.accept(kept.event());
        }
    }
}
