package com.ooma.telo.agent.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import picocli.CommandLine;

/**
 * {@code --version}: the project version and the git commit the jar was built from, both from the jar's manifest
 * ({@code Implementation-Version}, {@code Telo-Git-Commit}; agent/pom.xml). Run from classes, not a jar: "dev".
 */
final class AgentVersion implements CommandLine.IVersionProvider {
    static final String COMMIT_ATTRIBUTE = "Telo-Git-Commit";

    @Override
    public String[] getVersion() {
        Optional<Attributes> manifest = ownManifest();
        String version = manifest.map(a -> a.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).orElse(null);
        String commit = manifest.map(a -> a.getValue(COMMIT_ATTRIBUTE)).orElse(null);
        if (version == null) {
            return new String[] {"telo-agent dev"};
        }
        return new String[] {"telo-agent " + version + " (commit " + (commit == null ? "unknown" : commit) + ")"};
    }

    /** The main attributes of the manifest of the jar holding this class (not of another jar on the class path). */
    static Optional<Attributes> ownManifest() {
        URL self = AgentVersion.class.getResource(AgentVersion.class.getSimpleName() + ".class");
        if (self == null || !"jar".equals(self.getProtocol())) {
            return Optional.empty();
        }
        String s = self.toString();
        try (InputStream in = new URL(s.substring(0, s.indexOf("!/") + 2) + "META-INF/MANIFEST.MF").openStream()) {
            return Optional.of(new Manifest(in).getMainAttributes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
