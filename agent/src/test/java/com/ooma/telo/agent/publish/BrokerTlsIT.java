package com.ooma.telo.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ooma.telo.agent.AgentPipeline;
import com.ooma.telo.agent.config.ConfigLoader;
import com.ooma.telo.agent.seal.TlsMaterial;
import com.ooma.telo.agent.testing.Await;
import com.ooma.telo.agent.testing.MosquittoBroker;
import com.ooma.telo.agent.testing.TestAgent;
import com.ooma.telo.agent.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutual TLS to a real Mosquitto that takes the device's identity from its client certificate
 * ({@code require_certificate true}, {@code use_identity_as_username true}) and lets each device write only under
 * its own id ({@code pattern write telo/v1/%u/#}). What counts is what lands at the backend's subscriber: on MQTT
 * 3.1.1 Mosquitto acknowledges a denied publish and drops it, so PUBACKs prove nothing.
 */
class BrokerTlsIT {
    @TempDir
    static Path dir;

    private static TestPki pki;
    private static MosquittoBroker broker;
    private static MqttClient backend;
    private static final List<String> landed = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void brokerWithMutualTls() throws Exception {
        Optional<Path> binary = MosquittoBroker.find();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(binary).as("mosquitto must be installed under CI=true (.ci/run installs it)").isPresent();
        }
        assumeTrue(binary.isPresent(), "mosquitto not installed; .ci/run installs it");
        pki = TestPki.create(dir.resolve("pki"), "vendor");
        TestPki.Leaf server = pki.issue("broker", "localhost");
        Path acl = Files.writeString(dir.resolve("acl"), "user backend\ntopic read telo/v1/#\n\n"
                + "pattern write telo/v1/%u/#\npattern read telo/v1/%u/cmd\npattern read telo/v1/%u/receipt\n");
        broker = MosquittoBroker.start(binary.get(), dir, "cafile " + pki.caFile() + "\ncertfile " + server.cert()
                + "\nkeyfile " + server.key() + "\nrequire_certificate true\nuse_identity_as_username true\n"
                + "tls_version tlsv1.3\nacl_file " + acl + "\n"
                + "user " + System.getProperty("user.name") + "\n"); // as root it would drop to a user who cannot read the key
        TestPki.Leaf be = pki.issue("backend");
        backend = new MqttClient("ssl://localhost:" + broker.port(), "backend", new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setSocketFactory(TlsMaterial.context(Optional.of(pki.caFile()), Optional.of(be.cert()),
                Optional.of(be.key())).getSocketFactory());
        backend.connect(o);
        backend.subscribe("telo/v1/#", 1, (topic, m) -> landed.add(topic));
    }

    @AfterAll
    static void stop() throws Exception {
        if (backend != null) {
            backend.disconnect();
            backend.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private AgentPipeline agent(Path home, String host, String... tls) throws Exception {
        TestAgent keys = TestAgent.in(home);
        List<String> sets = new ArrayList<>(List.of("report.health.interval=PT1S", "consent.level=essential"));
        sets.addAll(List.of(tls));
        return AgentPipeline.start(ConfigLoader.load(null, keys.config("ssl://" + host + ":" + broker.port(),
                sets.toArray(new String[0]))), Clock.systemUTC(), new SecureRandom());
    }

    private static void await(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        Await.until(what, done, Duration.ofSeconds(20));
    }

    private static long counter(AgentPipeline a, String name) {
        return a.counters().getOrDefault(name, 0L);
    }

    @Test
    void theDevicePublishesUnderItsOwnId_overTls13() throws Exception {
        Path home = dir.resolve("good");
        String id = TestAgent.in(home).deviceId();
        TestPki.Leaf cert = pki.issue(id);
        AgentPipeline a = agent(home, "localhost", "publish.tls.ca=" + pki.caFile(),
                "publish.tls.cert=" + cert.cert(), "publish.tls.key=" + cert.key());
        try {
            await("a health report lands", () -> landed.contains("telo/v1/" + id + "/health"));
            assertThat(counter(a, "publish.connects")).isEqualTo(1);
            assertThat(counter(a, "publish.connect_failures")).isZero();
        } finally {
            a.shutdown(Duration.ZERO);
        }
    }

    @Test
    void aDeviceCannotPublishUnderAnotherDevicesId() throws Exception {
        Path home = dir.resolve("impostor");
        String otherId = TestAgent.in(home).deviceId();
        TestPki.Leaf cert = pki.issue("0123456789abcdef0123456789abcdef"); // someone else's identity
        AgentPipeline a = agent(home, "localhost", "publish.tls.ca=" + pki.caFile(),
                "publish.tls.cert=" + cert.cert(), "publish.tls.key=" + cert.key());
        try {
            await("connected, and reports sent and acknowledged", () -> counter(a, "publish.acked") >= 3);
            assertThat(landed).as("messages that landed under the id it claims").noneMatch(t -> t.contains(otherId));
        } finally {
            a.shutdown(Duration.ZERO);
        }
    }

    @Test
    void eachRefusal_isCountedByClass() throws Exception {
        TestPki rogue = TestPki.create(dir.resolve("rogue"), "rogue");
        Path home = dir.resolve("refused");
        String id = TestAgent.in(home).deviceId();
        TestPki.Leaf good = pki.issue(id);
        TestPki.Leaf expired = pki.issueExpired(id);
        String[][] cases = {
            {"tls_hostname", "127.0.0.1", pki.caFile().toString(), good.cert().toString(), good.key().toString()},
            {"tls_untrusted", "localhost", rogue.caFile().toString(), good.cert().toString(), good.key().toString()},
            {"tls_expired", "localhost", pki.caFile().toString(), expired.cert().toString(), expired.key().toString()},
            {"tls_client_refused", "localhost", pki.caFile().toString(), null, null},
        };
        for (String[] c : cases) {
            List<String> tls = new ArrayList<>(List.of("publish.tls.ca=" + c[2]));
            if (c[3] != null) {
                tls.addAll(List.of("publish.tls.cert=" + c[3], "publish.tls.key=" + c[4]));
            }
            AgentPipeline a = agent(home, c[1], tls.toArray(new String[0]));
            try {
                await(c[0] + " counted", () -> counter(a, "publish.connect_error." + c[0]) >= 1);
                assertThat(counter(a, "publish.connects")).as(c[0]).isZero();
                assertThat(a.counters().keySet().stream().filter(k -> k.startsWith("publish.connect_error.")))
                        .as(c[0] + ": one class only").containsExactly("publish.connect_error." + c[0]);
            } finally {
                a.shutdown(Duration.ZERO);
            }
        }
        assertThat(landed).noneMatch(t -> t.contains(id));
    }
}
