package com.ooma.telo.agent.diag;

import com.ooma.telo.agent.config.AgentConfig;
import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.KeyLoadException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configuration as a bundle carries it: an allow-list of keys, never the properties file. Key files become what
 * {@code keys show} prints (type, kid, SHA-256 of the public key), never a path or a byte of a private key; TLS and
 * password files become {@code set} or {@code unset}; the MQTT user name is left out; the broker keeps scheme, host
 * and port only.
 */
public final class BundleConfig {
    private BundleConfig() {}

    public static Map<String, Object> of(AgentConfig c) {
        Map<String, Object> m = new TreeMap<>();
        m.put("device.timezone", c.timezone().getId());
        m.put("device.region", c.region());
        m.put("consent.level", c.consent().label());
        m.put("report.health.interval", c.healthInterval().toString());
        m.put("report.usage.interval", c.usageInterval().toString());
        m.put("report.jitter", c.jitter().toString());
        m.put("ingest.max_connections", (long) c.ingestMaxConnections());
        m.put("ingest.max_partial_bytes", c.ingestMaxPartialBytes());
        m.put("status.host", c.statusHost());
        m.put("status.port", (long) c.statusPort());
        m.put("spool.max_bytes", c.spoolMaxBytes());
        m.put("privacy.daily_epsilon", Double.toString(c.dailyEpsilon()));
        m.put("log.level", c.logLevel());
        m.put("log.file", c.logFile().isPresent() ? "set" : "unset");
        m.put("publish.broker", broker(c.publishBroker()));
        m.put("publish.tls.ca", set(c.brokerSecurity().caFile()));
        m.put("publish.tls.cert", set(c.brokerSecurity().clientCert()));
        m.put("publish.tls.key", set(c.brokerSecurity().clientKey()));
        m.put("publish.password_file", set(c.brokerSecurity().passwordFile()));
        m.put("keys.device_signing", key(c.deviceSigningKey()));
        m.put("keys.device_kem", key(c.deviceKemKey()));
        m.put("keys.backend_public", key(c.backendPublicKey()));
        m.put("keys.backend_command", key(c.backendCommandKey()));
        m.put("keys.trust_root", c.trustRoot().map(BundleConfig::key).orElse("unset"));
        return m;
    }

    private static String set(Optional<Path> p) {
        return p.isPresent() ? "set" : "unset";
    }

    private static String broker(String uri) {
        try {
            URI u = URI.create(uri);
            return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
        } catch (IllegalArgumentException e) {
            return "unparsable";
        }
    }

    /** "ed25519 private kid 1a2b3c4d sha256 …", as {@code keys show} prints it; the path is not kept. */
    static String key(Path file) {
        try {
            KeyFiles.Description d = KeyFiles.describe(file);
            return d.algorithm() + (d.privateKey() ? " private" : " public") + " kid " + d.kidHex() + " sha256 "
                    + d.sha256Hex();
        } catch (KeyLoadException e) {
            return "unreadable";
        }
    }
}
