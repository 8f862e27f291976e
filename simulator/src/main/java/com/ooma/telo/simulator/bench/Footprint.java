package com.ooma.telo.simulator.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure one footprint run measured, for the text and the JSON output ({@link FootprintReport}).
 *
 * @param jvmFlags the agent's JVM flags and where they came from
 * @param memory   the child agent's memory at each point
 * @param start    exec to the ready line, and to the first PUBLISH the broker received
 * @param burst    the burst written at once: counted, dropped, intake rate
 * @param cpu      the child agent's CPU over a paced household day against the same length of idle
 * @param wire     bytes on the wire over simulated days at shipped intervals, one per consent level
 * @param packages package sizes in bytes; empty: not built
 */
public record Footprint(List<String> jvmFlags, String jvmFlagsSource, Memory memory, Start start, Burst burst,
                        Cpu cpu, List<WireDay.Result> wire, Map<String, Optional<Long>> packages) {

    /**
     * Memory idle after the first reports, at the end of the paced household day, after the burst; peak; and the
     * floor: an idle JVM with the same flags ({@link IdleJvm}).
     */
    public record Memory(ProcMemory idle, ProcMemory busy, ProcMemory afterBurst, ProcMemory idleJvm) {
        public long peakKib() {
            return afterBurst.peakKib();
        }
    }

    /** Milliseconds from exec. */
    public record Start(long readyMs, long firstPublishMs) {}

    public record Burst(int events, long counted, long droppedQueueFull, double seconds) {
        public double eventsPerSecond() {
            return counted / seconds;
        }
    }

    /**
     * @param idleSeconds  CPU the agent used while idle for {@code idleWall} seconds
     * @param busySeconds  CPU it used while taking a household day's {@code events} in over {@code busyWall} seconds
     */
    public record Cpu(int events, double idleWall, double idleSeconds, double busyWall, double busySeconds) {
        /** The day's events' share: busy CPU less what the same wall time costs idle. */
        public double perHouseholdDay() {
            return busySeconds - idleSeconds / idleWall * busyWall;
        }
    }
}
