package com.ooma.telo.agent.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How the agent proves itself to the broker and checks the broker: TLS trust and identity, MQTT credentials.
 * Paths only: the files are read at each connect attempt, so a renewed certificate or a rotated CA placed on disk
 * by the hub's provisioning takes effect at the next connect, without a restart.
 *
 * @param caFile        PEM bundle of the CAs trusted for the broker's certificate; empty: the JDK's trust store
 * @param clientCert    PEM chain of the device's client certificate (its identity for the broker's ACL)
 * @param clientKey     PEM private key of that certificate (mode 0600 required)
 * @param username      MQTT user name; empty: none (with a client certificate the broker may take its CN)
 * @param passwordFile  file holding the MQTT password (mode 0600 required); never logged, never in the config
 * @param tlsProtocols  TLS versions offered: TLSv1.3 only by default; TLSv1.2 only with
 *                      {@code publish.tls.allow_tls12=true} (TLS 1.2 sends the client certificate, and so the
 *                      device id, in the clear)
 */
public record BrokerSecurity(Optional<Path> caFile, Optional<Path> clientCert, Optional<Path> clientKey,
                             Optional<String> username, Optional<Path> passwordFile, List<String> tlsProtocols) {

    public BrokerSecurity {
        tlsProtocols = List.copyOf(tlsProtocols);
    }

    /** No TLS settings, no credentials (a plain {@code tcp://} broker, or {@code ssl://} with the JDK's trust). */
    public static BrokerSecurity none() {
        return new BrokerSecurity(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of("TLSv1.3"));
    }

    public boolean hasTlsSettings() {
        return caFile.isPresent() || clientCert.isPresent();
    }

    /** Reads and checks the {@code publish.*} security keys against the broker URI. */
    static BrokerSecurity from(ConfigValues v, String brokerUri) throws ConfigException {
        Optional<Path> ca = optionalPath(v, "publish.tls.ca");
        Optional<Path> cert = optionalPath(v, "publish.tls.cert");
        Optional<Path> key = optionalPath(v, "publish.tls.key");
        String user = v.optional("publish.username");
        Optional<Path> password = optionalPath(v, "publish.password_file");
        String tls12 = v.optional("publish.tls.allow_tls12");
        if (!tls12.isEmpty() && !tls12.equals("true") && !tls12.equals("false")) {
            throw v.bad("publish.tls.allow_tls12", "is not true or false");
        }
        if (cert.isPresent() != key.isPresent()) {
            throw new ConfigException("config keys \"publish.tls.cert\" and \"publish.tls.key\" go together: "
                    + "set both or neither");
        }
        boolean tls = brokerUri.startsWith("ssl://");
        if (!tls && (ca.isPresent() || cert.isPresent() || tls12.equals("true"))) {
            throw v.bad("publish.broker", "is not ssl://host:port, but publish.tls.* keys are set");
        }
        if (!tls && password.isPresent()) {
            throw v.bad("publish.broker", "is not ssl://host:port: a password would cross the network in the clear");
        }
        if (password.isPresent() && user.isEmpty()) {
            throw new ConfigException("config key \"publish.password_file\" needs \"publish.username\"");
        }
        return new BrokerSecurity(ca, cert, key, user.isEmpty() ? Optional.empty() : Optional.of(user), password,
                tls12.equals("true") ? List.of("TLSv1.3", "TLSv1.2") : List.of("TLSv1.3"));
    }

    private static Optional<Path> optionalPath(ConfigValues v, String key) throws ConfigException {
        return v.optional(key).isEmpty() ? Optional.empty() : Optional.of(v.path(key));
    }
}
