package com.ooma.telo.agent.config;

import com.ooma.telo.agent.log.LogTargets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The agent's validated configuration. Built only by {@link ConfigLoader}, so every instance is complete and sane.
 *
 * @param deviceId          provisioned 128-bit id, 32 lowercase hex digits
 * @param timezone          the hub's zone; report windows are cut at its local midnight / interval boundaries
 * @param region            ISO 3166 region used to parse national phone numbers
 * @param ingestPort        0 picks a free port, reported in the {@code ready} line
 * @param statusPort        local status page port on the ingest host; 0 picks a free one; -1 disables it
 * @param backendCommandKey the backend's Ed25519 command public key: commands must be signed by it
 * @param trustRoot         the vendor root's Ed25519 public key that signs trust bundles; empty: no bundles
 * @param dailyEpsilon      local differential privacy for usage counters: the daily ε budget; 0 = off
 * @param brokerSecurity    TLS trust and identity and MQTT credentials for {@code publishBroker}
 * @param publishStartDelayMax the first broker connect waits a random delay up to this long (hubs that lose power
 *                          together do not reconnect together)
 * @param logMaxBytes       size bound of each log file; rotation keeps {@code logFiles} of them
 * @param logStderr         log lines also go to stderr (the journal under systemd); always true without a log file
 * @param ingestMaxConnections     ingest connections served at once (IngestLimits)
 * @param ingestMaxPartialBytes    bytes unfinished ingest lines may hold across connections
 * @param ingestIdleTimeout        an ingest connection without a byte for this long is closed
 * @param ingestPartialLineTimeout an ingest line unfinished this long after its first byte closes its connection
 * @param publishDrainRate         bytes per second a backlog drains at (a token bucket, whatever calls do); 0 = unpaced
 * @param publishAck               when a spooled record counts as delivered: broker PUBACK or collector receipt
 * @param publishReceiptTimeout    in receipt mode, a record PUBACKed but not covered by a receipt after this long
 *                                 (monotonic clock) is sent again
 * @param statusAllowedHosts       {@code Host} names the status page answers besides its own address and loopback
 * @param statusHost        the address the status listener binds: loopback by default; any other address puts it in
 *                          its LAN view, which shows nothing calls cause
 * @param ingestQueueMaxEvents     events the ingest → pipeline queue holds at most; past it ingest drops and counts
 * @param ingestQueueMaxBytes      estimated heap bytes those events hold at most (the same drop past it)
 */
public record AgentConfig(
        String deviceId,
        ZoneId timezone,
        String region,
        Path deviceSigningKey,
        Path deviceKemKey,
        Path backendPublicKey,
        String ingestHost,
        int ingestPort,
        int statusPort,
        Path stateDir,
        Path spoolDir,
        long spoolMaxBytes,
        String publishBroker,
        Duration healthInterval,
        Duration usageInterval,
        Duration jitter,
        ConsentLevel consent,
        Optional<Path> logFile,
        String logLevel,
        Path backendCommandKey,
        Optional<Path> trustRoot,
        double dailyEpsilon,
        BrokerSecurity brokerSecurity,
        Duration publishStartDelayMax,
        long logMaxBytes,
        int logFiles,
        boolean logStderr,
        int ingestMaxConnections,
        long ingestMaxPartialBytes,
        Duration ingestIdleTimeout,
        Duration ingestPartialLineTimeout,
        List<String> statusAllowedHosts,
        String statusHost,
        long publishDrainRate,
        int ingestQueueMaxEvents,
        long ingestQueueMaxBytes,
        PublishAck publishAck,
        Duration publishReceiptTimeout) {

    /** Where log lines go, for {@code AgentLogging}. */
    public LogTargets logTargets() {
        return new LogTargets(logFile, logMaxBytes, logFiles, logStderr);
    }

    /** The MQTT topic for one channel of this device (docs/design.md §4). */
    public String topic(String channel) {
        return "telo/v1/" + deviceId + "/" + channel;
    }
}
