package com.ooma.telo.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * One hub as {@code docs/install.md} sets it up, in a scratch root that stands for {@code /}: the agent installed
 * under {@code ROOT/opt/telo-agent} and its config under {@code ROOT/etc/telo}; provisioned the documented way
 * (device keys by {@code telo-agent keys generate --owner}, the backend's and vendor's public keys and the broker
 * CA in {@code /etc/telo}, the device's client certificate next to its keys); started by the installed launcher
 * with the installed config, whose absolute paths alone are moved under ROOT ({@code --set}); against a real
 * Mosquitto with mutual TLS 1.3 and the per-device ACL of docs/operations.md. It passes when a health report
 * arrives at the backend's subscriber, opens with the backend's key ({@code telo-agent decode}), and SIGTERM stops
 * the agent with exit 0.
 */
final class HubScenario {
    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    /** What a run showed. */
    record Outcome(String deviceId, String topic, String decoded, String javaCommand, int exitCode, String output) {
    }

    private HubScenario() {
    }

    /**
     * Runs the hub installed in {@code root}. {@code javaOnPath}: a folder holding the {@code java} the launcher
     * finds on PATH (the Debian package's case), or null for none (the runtime image's case). JAVA_HOME is unset.
     */
    static Outcome run(Path root, Path javaOnPath, Path work) throws Exception {
        Path launcher = root.resolve("opt/telo-agent/bin/telo-agent");
        Path config = root.resolve("etc/telo/telo-agent.properties");
        assertThat(launcher).isExecutable();
        assertThat(config).isRegularFile();
        String user = System.getProperty("user.name");
        Map<String, String> env = Map.of("PATH", (javaOnPath == null ? "" : javaOnPath + ":") + "/usr/bin:/bin");

        // The postinst's part: the service user's folders.
        for (String d : List.of("var/lib/telo", "var/lib/telo/keys", "var/log/telo")) {
            Files.createDirectories(root.resolve(d));
            Files.setPosixFilePermissions(root.resolve(d), PosixFilePermissions.fromString("rwx------"));
        }

        // Provisioning, as docs/install.md says (here the service user is the test's own).
        Path keys = root.resolve("var/lib/telo/keys");
        Path etc = root.resolve("etc/telo");
        ShellRun gen = command(env, work, launcher.toString(), "keys", "generate", "--role", "device", "--out",
                keys.toString(), "--owner", user);
        assertThat(gen.exitCode()).as(gen.output()).isZero();
        String deviceId = Files.readString(keys.resolve("device.id")).strip();
        Path backend = work.resolve("backend");
        Path vendor = work.resolve("vendor");
        assertThat(command(env, work, launcher.toString(), "keys", "generate", "--role", "backend", "--out",
                backend.toString()).exitCode()).isZero();
        assertThat(command(env, work, launcher.toString(), "keys", "generate", "--role", "vendor", "--out",
                vendor.toString()).exitCode()).isZero();
        Files.copy(backend.resolve("backend-kem.pub.pem"), etc.resolve("backend-kem.pub.pem"));
        Files.copy(backend.resolve("backend-command.pub.pem"), etc.resolve("backend-command.pub.pem"));
        Files.copy(vendor.resolve("vendor-root.pub.pem"), etc.resolve("vendor-root.pub.pem"));
        Pki pki = Pki.create(work.resolve("pki"));
        Files.copy(pki.caFile(), etc.resolve("broker-ca.pem"));
        Pki.Leaf device = pki.issue(deviceId);
        Files.copy(device.cert(), keys.resolve("device-cert.pem"));
        Files.copy(device.key(), keys.resolve("device-cert-key.pem"), StandardCopyOption.COPY_ATTRIBUTES);

        Pki.Leaf server = pki.issue("broker", "localhost");
        Path acl = Files.writeString(work.resolve("acl"), "user backend\ntopic read telo/v1/#\n\n"
                + "pattern write telo/v1/%u/#\npattern read telo/v1/%u/cmd\npattern read telo/v1/%u/receipt\n");
        try (Mosquitto broker = Mosquitto.start(Mosquitto.require(), work, "cafile " + pki.caFile() + "\ncertfile "
                + server.cert() + "\nkeyfile " + server.key() + "\nrequire_certificate true\n"
                + "use_identity_as_username true\ntls_version tlsv1.3\nacl_file " + acl + "\n"
                // as root it would drop to a user who cannot read the test's key files
                + "user " + user + "\n")) {
            MqttClient backendClient = new MqttClient("ssl://localhost:" + broker.port(), "backend",
                    new MemoryPersistence());
            MqttConnectOptions o = new MqttConnectOptions();
            o.setSocketFactory(pki.clientContext(pki.issue("backend")).getSocketFactory());
            backendClient.connect(o);
            List<String> topics = new CopyOnWriteArrayList<>();
            List<byte[]> payloads = new CopyOnWriteArrayList<>();
            backendClient.subscribe("telo/v1/#", 1, (topic, m) -> {
                payloads.add(m.getPayload());
                topics.add(topic);
            });
            try {
                List<String> command = new ArrayList<>(List.of(launcher.toString(), "run", "--config",
                        config.toString()));
                for (String set : overrides(config, root, broker.port())) {
                    command.addAll(List.of("--set", set));
                }
                Path out = work.resolve("agent.out");
                ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                        .redirectOutput(out.toFile());
                pb.environment().remove("JAVA_HOME");
                pb.environment().putAll(env);
                Process agent = pb.start();
                try {
                    String health = "telo/v1/" + deviceId + "/health";
                    long deadline = System.nanoTime() + ARRIVAL.toNanos();
                    while (!topics.contains(health)) {
                        assertThat(agent.isAlive()).as("agent exited: %s", read(out)).isTrue();
                        assertThat(System.nanoTime()).as("a health report within %s; agent: %s", ARRIVAL, read(out))
                                .isLessThan(deadline);
                        Thread.sleep(100);
                    }
                    String javaCommand = agent.info().command().orElse("");
                    Path message = work.resolve("health.bin");
                    Files.write(message, payloads.get(topics.indexOf(health)));
                    ShellRun decode = command(env, work, launcher.toString(), "decode", "--recipient-key",
                            backend.resolve("backend-kem.pem").toString(), "--sender-key",
                            keys.resolve("device-signing.pub.pem").toString(), "--device-id", deviceId,
                            "--explain", message.toString());
                    assertThat(decode.exitCode()).as(decode.output()).isZero();
                    agent.destroy(); // SIGTERM: seal, publish, exit 0
                    assertThat(agent.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
                    return new Outcome(deviceId, health, decode.output(), javaCommand, agent.exitValue(), read(out));
                } finally {
                    agent.destroyForcibly();
                }
            } finally {
                backendClient.disconnect();
                backendClient.close();
            }
        }
    }

    /**
     * The installed config with every absolute path moved under {@code root} (one {@code --set} each, nothing else
     * of it changed), pointed at the test broker, with free ports and a health report a second.
     */
    static List<String> overrides(Path config, Path root, int brokerPort) throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        List<String> sets = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            String value = p.getProperty(key).strip();
            if (value.startsWith("/")) {
                sets.add(key + "=" + root + value);
            }
        }
        sets.addAll(List.of("publish.broker=ssl://localhost:" + brokerPort, "ingest.port=0", "status.port=0",
                "report.health.interval=PT1S"));
        return sets;
    }

    private static ShellRun command(Map<String, String> env, Path dir, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new ShellRun(p.exitValue(), output);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
