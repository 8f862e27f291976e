package com.ooma.telo.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SysV/BusyBox init script ({@code src/hub/init.d/telo-agent}) with a stub launcher in place of
 * {@code /opt/telo-agent/bin/telo-agent} (TELO_HOME): what it runs (the launcher with {@code run --config FILE},
 * whose flags come from jvm.flags), as which user, under which limits and priority; its pidfile, status and stop.
 */
class InitScriptIT {
    static final Path SCRIPT = Path.of("src", "hub", "init.d", "telo-agent").toAbsolutePath();
    static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    Path dir;
    Path out;
    Path keys;
    Path pidfile;
    Path config;
    String expectedUser;

    @BeforeEach
    void stubLauncher() throws IOException {
        // As root the script switches to another user (nobody stands in for telo), who must reach the stub.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        out = Files.createDirectories(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path launcher = Files.createDirectories(dir.resolve("home/bin")).resolve("telo-agent");
        Files.writeString(launcher, """
                #!/bin/sh
                out=%s/launched
                { echo "user=$(id -un)"; echo "nice=$(nice)"; echo "data=$(ulimit -d)"; echo "core=$(ulimit -c)"
                  echo "nofile=$(ulimit -n)"; echo "io=$(ionice 2>&1)"; echo "pid=$$"
                  for a in "$@"; do echo "arg=$a"; done; } > "$out.tmp"
                mv "$out.tmp" "$out"
                trap 'echo stopped >> "$out"; exit 0' TERM
                while :; do sleep 0.1; done
                """.formatted(out));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        keys = Files.createDirectories(dir.resolve("keys"));
        pidfile = dir.resolve("run/telo-agent.pid");
        config = dir.resolve("etc/telo agent.properties");
        expectedUser = ROOT ? "nobody" : System.getProperty("user.name");
    }

    @Test
    void start_runsTheLauncher_asTheServiceUser_niceAndIdle_withTheMemoryCeiling_andStopSealsIt() throws Exception {
        provision();

        ShellRun start = initScript("start");

        assertThat(start.exitCode()).as(start.output()).isZero();
        assertThat(start.output()).contains("telo-agent: started (pid ");
        Map<String, String> seen = launched();
        assertThat(seen).containsEntry("user", expectedUser).containsEntry("nice", "10")
                .containsEntry("data", "163840").containsEntry("core", "0").containsEntry("nofile", "1024")
                .containsEntry("io", "idle");
        assertThat(Files.readAllLines(out.resolve("launched"))).filteredOn(l -> l.startsWith("arg="))
                .containsExactly("arg=run", "arg=--config", "arg=" + config);
        assertThat(Files.readString(pidfile).strip()).as("the pidfile holds the launched process itself")
                .isEqualTo(seen.get("pid"));

        ShellRun status = initScript("status");
        assertThat(status.exitCode()).isZero();
        assertThat(status.output()).contains("running (pid " + seen.get("pid") + ")");
        assertThat(initScript("start").output()).contains("already running");

        ShellRun stop = initScript("stop");
        assertThat(stop.exitCode()).as(stop.output()).isZero();
        assertThat(Files.readAllLines(out.resolve("launched"))).as("stopped by SIGTERM").contains("stopped");
        assertThat(pidfile).doesNotExist();
        assertThat(initScript("status").exitCode()).isEqualTo(3);
    }

    @Test
    void onAnUnprovisionedHub_startStartsNothing_andSucceeds() throws Exception {
        ShellRun start = initScript("start");

        assertThat(start.exitCode()).isZero();
        assertThat(start.output()).contains("not provisioned");
        assertThat(out.resolve("launched")).doesNotExist();
        assertThat(pidfile).doesNotExist();
    }

    @Test
    void anAgentThatRefusesToStart_isReported_withWhatItPrinted() throws Exception {
        provision();
        Files.writeString(dir.resolve("home/bin/telo-agent"),
                "#!/bin/sh\necho 'telo-agent: config key \"device.id\" is unset' >&2\nexit 2\n");

        ShellRun start = initScript("start");

        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(start.output()).contains("did not start").contains("\"device.id\" is unset");
        assertThat(pidfile).doesNotExist();
    }

    @Test
    void withoutStartStopDaemon_suRunsItAsTheServiceUser() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(ROOT, "su to another user needs root");
        provision();

        ShellRun start = initScript("start", Map.of("TELO_RUNAS", "su"));

        assertThat(start.exitCode()).as(start.output()).isZero();
        assertThat(launched()).containsEntry("user", "nobody").containsEntry("nice", "10")
                .containsEntry("data", "163840");
        assertThat(initScript("stop").exitCode()).isZero();
        assertThat(Files.readAllLines(out.resolve("launched"))).contains("stopped");
    }

    private void provision() throws IOException {
        Files.writeString(keys.resolve("device-signing.pem"), "stand-in");
        Files.writeString(keys.resolve("device-kem.pem"), "stand-in");
    }

    private ShellRun initScript(String action) throws Exception {
        return initScript(action, Map.of());
    }

    private ShellRun initScript(String action, Map<String, String> more) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("TELO_HOME", dir.resolve("home").toString(),
                "TELO_CONFIG", config.toString(), "TELO_USER", expectedUser, "TELO_KEYS", keys.toString(),
                "TELO_PIDFILE", pidfile.toString(), "TELO_CONSOLE", dir.resolve("log/console.log").toString(),
                "TELO_DEFAULTS", dir.resolve("no-defaults").toString(), "TELO_START_WAIT", "1",
                "TELO_STOP_TIMEOUT", "10"));
        env.putAll(more);
        return ShellRun.of(List.of("/bin/sh", SCRIPT.toString(), action), dir, env);
    }

    /** What the stub launcher saw, once it has written it. */
    private Map<String, String> launched() throws Exception {
        Path file = out.resolve("launched");
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(50);
        }
        assertThat(file).as("the launcher ran; console: %s", console()).exists();
        Map<String, String> seen = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("arg=")) {
                seen.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return seen;
    }

    private String console() throws IOException {
        Path c = dir.resolve("log/console.log");
        return Files.exists(c) ? Files.readString(c) : "(none)";
    }
}
