package com.ooma.telo.agent.cli;

import picocli.CommandLine;

/** Reports the jar's implementation version (set by Maven) for {@code --version}. */
final class AgentVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = TeloAgent.class.getPackage().getImplementationVersion();
        return new String[] {"telo-agent " + (v == null ? "dev" : v)};
    }
}
