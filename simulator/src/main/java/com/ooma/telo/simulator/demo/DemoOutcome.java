package com.ooma.telo.simulator.demo;

import java.util.List;

/** How a demo run ended, and the process exit code that goes with it. */
public sealed interface DemoOutcome permits DemoOutcome.Passed, DemoOutcome.Failed, DemoOutcome.CouldNotRun {

    int exitCode();

    /** Every call counted, at least one usage report, nothing personal found anywhere. */
    record Passed(Summary summary) implements DemoOutcome {
        @Override
        public int exitCode() {
            return 0;
        }
    }

    /** The run completed but a check failed; {@code reasons} says which. */
    record Failed(Summary summary, List<String> reasons) implements DemoOutcome {
        public Failed {
            reasons = List.copyOf(reasons);
        }

        @Override
        public int exitCode() {
            return 1;
        }
    }

    /** The broker, keys or agent could not be set up, so nothing was checked. */
    record CouldNotRun(String why) implements DemoOutcome {
        @Override
        public int exitCode() {
            return 2;
        }
    }
}
