package com.ooma.telo.simulator;

import picocli.CommandLine;

/** Reports the jar's implementation version (set by Maven) for {@code --version}. */
final class SimulatorVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = TeloSimulator.class.getPackage().getImplementationVersion();
        return new String[] {"telo-simulator " + (v == null ? "dev" : v)};
    }
}
