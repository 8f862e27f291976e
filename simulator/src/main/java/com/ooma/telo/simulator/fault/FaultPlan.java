package com.ooma.telo.simulator.fault;

import com.ooma.telo.simulator.scenario.Fault;
import com.ooma.telo.simulator.scenario.FaultKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Turns a scenario's fault schedule into what the harness does: which hubs each fault hits (a share of the fleet,
 * chosen from the run's seed, so the same seed hits the same hubs), and which faults it cannot apply and why.
 */
public final class FaultPlan {
    private FaultPlan() {}

    /**
     * @param only           fault kinds to apply ({@code all}, {@code none}, or a comma list such as
     *                       {@code broker_restart,network_stall}); the others are listed as not applied
     * @param embeddedBroker whether the harness owns the broker (a broker restart needs it)
     */
    public static List<PlannedFault> plan(List<Fault> faults, String only, int hubs, long seed,
            boolean embeddedBroker) {
        return plan(faults, only, hubs, seed, embeddedBroker, java.util.Map.of());
    }

    /**
     * As above, where the harness found out at run time what it can do about some kinds: {@code verdicts} maps a
     * kind to {@link #APPLIED} or to the reason it is not applied (a {@code disk_full} whose mount was refused).
     */
    public static List<PlannedFault> plan(List<Fault> faults, String only, int hubs, long seed,
            boolean embeddedBroker, java.util.Map<FaultKind, String> verdicts) {
        Set<FaultKind> chosen = chosen(only);
        List<PlannedFault> out = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            Fault f = faults.get(i);
            long at = f.at().toMillis();
            long duration = f.duration() == null ? 0 : f.duration().toMillis();
            String why = why(f.kind(), chosen, embeddedBroker);
            boolean overridable = why == null || isDefaultUnbuilt(f.kind()); // never "left out" or "not our broker"
            if (chosen.contains(f.kind()) && verdicts.containsKey(f.kind()) && overridable) {
                String v = verdicts.get(f.kind());
                why = APPLIED.equals(v) ? null : v;
            }
            out.add(new PlannedFault(f, at, duration, pick(f.hubs(), hubs, seed, i), why));
        }
        return out;
    }

    /** A verdict meaning the harness can apply the kind. */
    public static final String APPLIED = "applied";

    /** Kinds whose default verdict is "not applied" because it depends on what the harness finds at run time. */
    private static boolean isDefaultUnbuilt(FaultKind kind) {
        return kind == FaultKind.DISK_FULL || kind == FaultKind.CLOCK_JUMP;
    }

    public static Set<FaultKind> chosen(String only) {
        String s = only.trim().toLowerCase(Locale.ROOT);
        if (s.equals("all")) {
            return Set.of(FaultKind.values());
        }
        if (s.equals("none") || s.isEmpty()) {
            return Set.of();
        }
        Set<FaultKind> kinds = new java.util.HashSet<>();
        for (String name : s.split(",")) {
            try {
                kinds.add(FaultKind.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--faults: unknown fault kind \"" + name.trim() + "\" (one of all,"
                        + " none, " + java.util.Arrays.stream(FaultKind.values())
                        .map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")");
            }
        }
        return kinds;
    }

    private static String why(FaultKind kind, Set<FaultKind> chosen, boolean embeddedBroker) {
        if (!chosen.contains(kind)) {
            return "left out by --faults";
        }
        return switch (kind) {
            case BROKER_RESTART -> embeddedBroker ? null : "the broker is not the harness's own (--broker URL)";
            case NETWORK_PARTITION, NETWORK_STALL, AGENT_KILL -> null;
            case DISK_FULL -> "needs a small file system for the spool (a tmpfs mount needs root and mount rights)";
            case CLOCK_JUMP -> "needs an injected wall clock in the agent";
        };
    }

    /** {@code share} of {@code hubs} (at least one), chosen by the seed and the fault's place in the list. */
    private static List<Integer> pick(double share, int hubs, long seed, int index) {
        int n = Math.max(1, (int) Math.round(share * hubs));
        List<Integer> all = new ArrayList<>(IntStream.range(0, hubs).boxed().toList());
        Collections.shuffle(all, new java.util.Random(new SplittableRandom(seed + 31L * index).nextLong()));
        List<Integer> picked = new ArrayList<>(all.subList(0, Math.min(n, hubs)));
        Collections.sort(picked);
        return picked;
    }
}
