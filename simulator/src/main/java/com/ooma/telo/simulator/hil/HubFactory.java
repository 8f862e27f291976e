package com.ooma.telo.simulator.hil;

import com.ooma.telo.simulator.broker.EmbeddedBroker;
import com.ooma.telo.simulator.collector.RunKeys;
import com.ooma.telo.simulator.event.PlayedEvent;
import com.ooma.telo.simulator.fault.FaultPlan;
import com.ooma.telo.simulator.fault.LoopbackProxy;
import com.ooma.telo.simulator.fault.PlannedFault;
import com.ooma.telo.simulator.fault.SmallDisk;
import com.ooma.telo.simulator.hub.AgentProcess;
import com.ooma.telo.simulator.hub.AgentSettings;
import com.ooma.telo.simulator.hub.FakeClock;
import com.ooma.telo.simulator.hub.JvmFlags;
import com.ooma.telo.simulator.scenario.FaultKind;
import com.ooma.telo.simulator.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds each hub of a run as its faults need it: its proxy to the broker, its agent's settings (ack mode), and,
 * for the hubs a fault hits, a small file system of its own (disk_full) or a movable wall clock (clock_jump). Also
 * says, once per run, which of those this host allows.
 */
final class HubFactory {
    /** The agents' {@code publish.receipt_timeout} in receipt mode: a receipt lost in a restart is made good soon. */
    static final Duration RECEIPT_TIMEOUT = Duration.ofSeconds(5);
    /** A disk_full hub's own file system: room for its 4 MiB spool and its state, small enough to fill at once. */
    static final long DISK_BYTES = 16L * 1024 * 1024;
    static final String CLOCK_JUMP_SKIPPED = "process mode moves an agent's wall clock with libfaketime, which is not"
            + " installed (Debian package libfaketime; fleet mode injects the clock)";

    private final HilOptions options;
    private final HilDelivery delivery;
    private final Scenario scenario;
    private final EmbeddedBroker broker;
    private final String agentMain;
    private final Set<Integer> smallDisks = new TreeSet<>();
    private final Set<Integer> fakeClocks = new TreeSet<>();

    /** @param broker the embedded broker, or null for {@code --broker URL} */
    HubFactory(HilOptions options, HilDelivery delivery, Scenario scenario, List<PlannedFault> plan,
            EmbeddedBroker broker, String agentMain) {
        this.options = options;
        this.delivery = delivery;
        this.scenario = scenario;
        this.broker = broker;
        this.agentMain = agentMain;
        for (PlannedFault f : plan) {
            if (f.applied() && f.kind() == FaultKind.DISK_FULL) {
                smallDisks.addAll(f.hubs());
            } else if (f.applied() && f.kind() == FaultKind.CLOCK_JUMP) {
                fakeClocks.addAll(f.hubs());
            }
        }
    }

    /**
     * What this host lets the run do about faults that depend on it: a disk_full needs a tmpfs mount (tried once,
     * under the run folder); a clock_jump needs libfaketime to move a child JVM's wall clock.
     */
    static Map<FaultKind, String> verdicts(Scenario scenario, HilOptions options)
            throws InterruptedException, IOException {
        Map<FaultKind, String> v = new EnumMap<>(FaultKind.class);
        v.put(FaultKind.CLOCK_JUMP, FakeClock.library().isPresent() ? FaultPlan.APPLIED : CLOCK_JUMP_SKIPPED);
        if (scenario.faults().stream().anyMatch(f -> f.kind() == FaultKind.DISK_FULL)
                && FaultPlan.chosen(options.faults()).contains(FaultKind.DISK_FULL)) {
            Path probe = options.out().resolve(".mount-probe");
            String refused = SmallDisk.refusedReason(probe);
            Files.deleteIfExists(probe);
            v.put(FaultKind.DISK_FULL, refused == null ? FaultPlan.APPLIED : refused);
        }
        return v;
    }

    /** Hub {@code i}, not yet launched; a small file system is mounted now for a disk_full hub. */
    HubRunner hub(int i, Path folder, List<PlayedEvent> events, RunKeys keys) throws IOException,
            InterruptedException {
        LoopbackProxy proxy = broker != null ? LoopbackProxy.to(broker.port())
                : LoopbackProxy.to(delivery.host(), delivery.port());
        AgentSettings settings = AgentSettings.forDemo(keys.deviceIdHex(), scenario.timezone(),
                keys.deviceSigningPrivate(), keys.deviceKemPrivate(), keys.backendKemPublic(), proxy.uri(), folder)
                .with("publish.ack", delivery.ack());
        if (delivery.receipts()) {
            settings = settings.with("publish.receipt_timeout", RECEIPT_TIMEOUT.toString());
        }
        if (delivery.dpEpsilon() > 0) {
            settings = settings.with("privacy.daily_epsilon", Double.toString(delivery.dpEpsilon()));
        }
        SmallDisk disk = null;
        if (smallDisks.contains(i)) {
            Path dir = folder.resolve("agent").resolve("disk");
            SmallDisk.Mount m = SmallDisk.mount(dir, DISK_BYTES);
            if (m instanceof SmallDisk.Mount.Refused r) {
                proxy.close();
                throw new IOException("hub " + i + ": " + r.reason());
            }
            disk = ((SmallDisk.Mount.Mounted) m).disk();
            settings = settings.withStorage(dir.resolve("state"), dir.resolve("spool"));
        }
        HubRunner h = new HubRunner(i, keys.deviceIdHex(), folder, proxy, events, settings,
                options.agentTimeout(), AgentProcess.classPathEntry(agentMain), JvmFlags.hub().flags());
        h.disk(disk);
        if (fakeClocks.contains(i)) {
            h.clock(FakeClock.at(folder.resolve("agent").resolve("clock-offset")));
        }
        return h;
    }
}
