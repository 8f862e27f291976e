package com.ooma.telo.agent.diag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * The agent's version and commit from its jar's manifest ({@code Implementation-Version}, {@code Telo-Git-Commit},
 * set by agent/pom.xml), for the status page and the bundle; "dev" when run from classes.
 */
public record BuildInfo(String version, String commit) {
    private static final BuildInfo CURRENT = read();

    public static BuildInfo current() {
        return CURRENT;
    }

    /** "0.1.0 (commit abc1234)" or "dev". */
    public String describe() {
        return commit.isEmpty() ? version : version + " (commit " + commit + ")";
    }

    private static BuildInfo read() {
        URL self = BuildInfo.class.getResource(BuildInfo.class.getSimpleName() + ".class");
        if (self == null || !"jar".equals(self.getProtocol())) {
            return new BuildInfo("dev", "");
        }
        String s = self.toString();
        try (InputStream in = new URL(s.substring(0, s.indexOf("!/") + 2) + "META-INF/MANIFEST.MF").openStream()) {
            Attributes a = new Manifest(in).getMainAttributes();
            String v = a.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
            String c = a.getValue("Telo-Git-Commit");
            return new BuildInfo(v == null ? "dev" : v, c == null ? "" : c);
        } catch (IOException e) {
            return new BuildInfo("dev", "");
        }
    }
}
