package com.ooma.telo.agent.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule for {@code publish.broker}: {@code tcp://host:port} or {@code ssl://host:port}, a port in 1..65535, and no
 * user info. The agent authenticates with its keys and sends no MQTT credentials, so {@code user:password@} in the
 * URL would be ignored silently while sitting in a config file; it is refused, and the value is never echoed.
 */
final class BrokerUri {
    private static final Pattern SHAPE = Pattern.compile(
            "(tcp|ssl)://(?<userinfo>[^/\\s]*@)?(?<host>\\[[0-9A-Fa-f:.]+]|[^\\[\\]:/\\s@]+):(?<port>\\d+)");

    /** Why a value was refused; {@code echo} is false when the value may hold a password. */
    record Problem(String why, boolean echo) { }

    private BrokerUri() { }

    /** Empty when {@code value} is a broker URI the agent can use. */
    static Optional<Problem> check(String value) {
        Matcher m = SHAPE.matcher(value);
        if (!m.matches()) {
            return Optional.of(new Problem("is not tcp://host:port or ssl://host:port", !value.contains("@")));
        }
        if (m.group("userinfo") != null) {
            return Optional.of(new Problem("holds user info (user:password@ before the host); the agent sends no"
                    + " MQTT credentials, so remove it", false));
        }
        String port = m.group("port");
        if (port.length() > 5 || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            return Optional.of(new Problem("has port " + port + ", outside 1..65535", true));
        }
        return Optional.empty();
    }
}
