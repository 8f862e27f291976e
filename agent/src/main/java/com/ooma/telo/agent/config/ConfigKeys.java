package com.ooma.telo.agent.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Every config key the agent knows, with its default ("" = required or unset), and the validation of each. */
final class ConfigKeys {
    private static final Pattern DEVICE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern HOST_NAME =
            Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-f:.]+]");
    /** What the shipped config carries until the hub is provisioned. */
    private static final String PLACEHOLDER_DEVICE_ID = "0".repeat(32);

    static final Map<String, String> DEFAULTS = defaults();

    private ConfigKeys() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new TreeMap<>();
        d.put("device.id", ""); // unset: read from keys.device_id_file (DeviceIdSource)
        d.put("keys.device_id_file", ""); // unset: device.id next to keys.device_signing
        d.put("device.timezone", "UTC");
        d.put("device.region", "US");
        d.put("keys.device_signing", "device-signing.pem");
        d.put("keys.device_kem", "device-kem.pem");
        d.put("keys.backend_public", "backend-kem.pub.pem");
        d.put("ingest.host", "127.0.0.1");
        d.put("ingest.port", "4590");
        d.put("ingest.max_connections", "32");
        d.put("ingest.max_partial_bytes", "262144");
        d.put("ingest.idle_timeout", "PT10M");
        d.put("ingest.partial_line_timeout", "PT30S");
        d.put("ingest.queue_max_events", "32768");
        d.put("ingest.queue_max_bytes", "16777216");
        d.put("status.port", "4591");
        d.put("status.allowed_hosts", "");
        d.put("status.host", "127.0.0.1");
        d.put("state.dir", "state");
        d.put("spool.dir", "spool");
        d.put("spool.max_bytes", "8388608");
        d.put("publish.broker", "tcp://127.0.0.1:1883");
        d.put("publish.tls.ca", "");
        d.put("publish.tls.cert", "");
        d.put("publish.tls.key", "");
        d.put("publish.tls.allow_tls12", "false");
        d.put("publish.username", "");
        d.put("publish.password_file", "");
        d.put("publish.start_delay_max", "PT10S");
        d.put("publish.drain_rate", "8192");
        d.put("publish.ack", "broker");
        d.put("publish.receipt_timeout", "PT10M");
        d.put("report.health.interval", "PT15M");
        d.put("report.usage.interval", "P1D");
        d.put("report.jitter", "PT30M");
        d.put("consent.level", "essential");
        d.put("log.file", "");
        d.put("log.level", "info");
        d.put("log.max_bytes", "1048576");
        d.put("log.files", "3");
        d.put("log.stderr", ""); // unset: on without log.file, off with it
        d.put("keys.backend_command", "backend-command.pub.pem");
        d.put("keys.trust_root", "");
        d.put("privacy.daily_epsilon", "0");
        return Map.copyOf(d);
    }

    static AgentConfig build(ConfigValues v) throws ConfigException {
        String deviceId = DeviceIdSource.resolve(v);
        if (!DEVICE_ID.matcher(deviceId).matches()) {
            throw v.bad("device.id", "is not 32 lowercase hex digits");
        }
        if (deviceId.equals(PLACEHOLDER_DEVICE_ID)) {
            throw v.bad("device.id", "is the all-zero placeholder of the shipped config; set this hub's provisioned"
                    + " id (the device.id file that keys generate wrote)");
        }
        String host = v.string("ingest.host");
        requireLoopback(v, host);
        String broker = v.string("publish.broker");
        Optional<BrokerUri.Problem> brokerProblem = BrokerUri.check(broker);
        if (brokerProblem.isPresent()) {
            throw brokerProblem.get().echo() ? v.bad("publish.broker", brokerProblem.get().why())
                    : v.badNotEchoed("publish.broker", brokerProblem.get().why());
        }
        String region = v.string("device.region").toUpperCase(Locale.ROOT);
        if (!region.matches("[A-Z]{2}")) {
            throw v.bad("device.region", "is not a two-letter region code");
        }
        long spoolMax = v.number("spool.max_bytes");
        if (spoolMax < 65_536) {
            throw v.bad("spool.max_bytes", "is below the 65536-byte minimum");
        }
        ConsentLevel consent;
        try {
            consent = ConsentLevel.parse(v.string("consent.level"));
        } catch (IllegalArgumentException e) {
            throw v.bad("consent.level", "is not one of off, essential, full");
        }
        String level = v.string("log.level").toLowerCase(Locale.ROOT);
        if (!level.matches("trace|debug|info|warn|error|off")) {
            throw v.bad("log.level", "is not one of trace, debug, info, warn, error, off");
        }
        Optional<Path> logFile = v.optional("log.file").isEmpty() ? Optional.empty() : Optional.of(v.path("log.file"));
        if (logFile.isPresent()) {
            Optional<String> logProblem = LogFileRule.check(logFile.get());
            if (logProblem.isPresent()) {
                throw v.bad("log.file", logProblem.get());
            }
        }
        long logMaxBytes = v.number("log.max_bytes");
        if (logMaxBytes < 65_536) {
            throw v.bad("log.max_bytes", "is below the 65536-byte minimum");
        }
        long logFiles = v.number("log.files");
        if (logFiles < 1 || logFiles > 10) {
            throw v.bad("log.files", "is not between 1 and 10");
        }
        boolean logStderr = v.optional("log.stderr").isEmpty() ? logFile.isEmpty() : v.bool("log.stderr");
        if (!logStderr && logFile.isEmpty()) {
            throw v.bad("log.stderr", "is false but log.file is unset, so every line would be lost; "
                    + "use log.level=off for no log");
        }
        String trustRoot = v.optional("keys.trust_root");
        double dailyEpsilon;
        try {
            dailyEpsilon = Double.parseDouble(v.string("privacy.daily_epsilon"));
        } catch (NumberFormatException e) {
            throw v.bad("privacy.daily_epsilon", "is not a number");
        }
        if (!(dailyEpsilon >= 0 && dailyEpsilon <= 100)) {
            throw v.bad("privacy.daily_epsilon", "is not between 0 (local DP off) and 100");
        }
        long maxConnections = v.number("ingest.max_connections");
        if (maxConnections < 1 || maxConnections > 1024) {
            throw v.bad("ingest.max_connections", "is not between 1 and 1024");
        }
        long maxPartial = v.number("ingest.max_partial_bytes");
        if (maxPartial < 16_384 || maxPartial > 8_388_608) {
            throw v.bad("ingest.max_partial_bytes", "is not between 16384 (one line) and 8388608");
        }
        return new AgentConfig(deviceId, v.zone("device.timezone"), region,
                v.path("keys.device_signing"), v.path("keys.device_kem"), v.path("keys.backend_public"),
                host, v.port("ingest.port", 0), v.port("status.port", -1),
                v.path("state.dir"), v.path("spool.dir"), spoolMax, broker,
                v.duration("report.health.interval", Duration.ofSeconds(1)),
                v.duration("report.usage.interval", Duration.ofSeconds(1)),
                v.duration("report.jitter", Duration.ZERO),
                consent, logFile, level,
                v.path("keys.backend_command"),
                trustRoot.isEmpty() ? Optional.empty() : Optional.of(v.path("keys.trust_root")),
                dailyEpsilon, BrokerSecurity.from(v, broker),
                v.duration("publish.start_delay_max", Duration.ZERO), logMaxBytes, (int) logFiles, logStderr,
                (int) maxConnections, maxPartial,
                v.duration("ingest.idle_timeout", Duration.ofSeconds(1)),
                v.duration("ingest.partial_line_timeout", Duration.ofSeconds(1)),
                allowedHosts(v), statusHost(v), drainRate(v), (int) queueMaxEvents(v), queueMaxBytes(v), ack(v),
                v.duration("publish.receipt_timeout", Duration.ofSeconds(1)));
    }

    private static long queueMaxEvents(ConfigValues v) throws ConfigException {
        long n = v.number("ingest.queue_max_events");
        if (n < 1_024 || n > 1_048_576) {
            throw v.bad("ingest.queue_max_events", "is not between 1024 and 1048576");
        }
        return n;
    }

    /** At least 64 KiB: more than the largest event one 16 KiB line can make, so any event fits an empty queue. */
    private static long queueMaxBytes(ConfigValues v) throws ConfigException {
        long n = v.number("ingest.queue_max_bytes");
        if (n < 65_536 || n > 268_435_456) {
            throw v.bad("ingest.queue_max_bytes", "is not between 65536 and 268435456");
        }
        return n;
    }

    private static PublishAck ack(ConfigValues v) throws ConfigException {
        try {
            return PublishAck.parse(v.string("publish.ack"));
        } catch (IllegalArgumentException e) {
            throw v.bad("publish.ack", "is not one of broker, receipt");
        }
    }

    private static long drainRate(ConfigValues v) throws ConfigException {
        long rate = v.number("publish.drain_rate");
        if (rate != 0 && (rate < 1024 || rate > 1_048_576)) {
            throw v.bad("publish.drain_rate", "is not 0 (unpaced) or between 1024 and 1048576 bytes per second");
        }
        return rate;
    }

    /** An IP literal or a name that resolves; not loopback puts the status listener in its LAN view. */
    private static String statusHost(ConfigValues v) throws ConfigException {
        String host = v.string("status.host").trim();
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw v.bad("status.host", "does not resolve; give an address such as 127.0.0.1 or 0.0.0.0");
        }
        return host;
    }

    /** Host names the status page answers besides its own address and loopback's (DNS rebinding: security.md). */
    private static List<String> allowedHosts(ConfigValues v) throws ConfigException {
        List<String> hosts = new ArrayList<>();
        for (String h : v.optional("status.allowed_hosts").split(",")) {
            String host = h.trim().toLowerCase(Locale.ROOT);
            if (host.isEmpty()) {
                continue;
            }
            if (!HOST_NAME.matcher(host).matches() && !IPV6_LITERAL.matcher(host).matches()) {
                throw v.bad("status.allowed_hosts", "is not a comma-separated list of host names or IP addresses "
                        + "(IPv6 in brackets), without ports");
            }
            hosts.add(host);
        }
        return List.copyOf(hosts);
    }

    /** The ingest socket carries raw events (personal data): it must never listen beyond this machine. */
    private static void requireLoopback(ConfigValues v, String host) throws ConfigException {
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw v.bad("ingest.host", "is not a loopback address; the ingest socket binds loopback only");
            }
        } catch (UnknownHostException e) {
            throw v.bad("ingest.host", "does not resolve");
        }
    }

}
