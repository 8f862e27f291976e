package com.ooma.telo.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian package installed into a scratch root ({@code dpkg-deb -x}), provisioned as docs/install.md says and
 * started from the installed layout ({@code /opt/telo-agent/bin/telo-agent run --config
 * /etc/telo/telo-agent.properties}, the unit's ExecStart, with the installed config's paths moved under the root)
 * against Mosquitto with mutual TLS: a report arrives and opens ({@link HubScenario}).
 */
class DebInstallIT {
    @TempDir
    Path root;
    @TempDir
    Path work;

    @Test
    void installedPackage_provisionedAsDocumented_deliversAReportThatOpens() throws Exception {
        Path dpkgDeb = HostTools.require("dpkg-deb", "dpkg");
        Mosquitto.require();
        DebPackage.extract(dpkgDeb, DebPackage.built(), root);
        Path java = Path.of(System.getProperty("java.home"), "bin");

        HubScenario.Outcome run = HubScenario.run(root, java, work);

        assertThat(run.decoded()).contains("\"payload\"").contains(run.deviceId());
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).as("the installed config logs to its file, not to stderr")
                .doesNotContain("AgentPipeline");
        assertThat(Files.readString(root.resolve("var/log/telo/agent.log"))).contains("agent started");
        assertThat(run.output()).startsWith("ready ingest=127.0.0.1:");
    }
}
