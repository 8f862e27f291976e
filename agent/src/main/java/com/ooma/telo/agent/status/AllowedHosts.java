package com.ooma.telo.agent.status;

import io.netty.util.NetUtil;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which {@code Host} header values the status page answers: a DNS-rebinding web page reaches the listener under
 * its own host name, and only the name tells it apart from {@code curl} on the unit.
 *
 * <pre>
 * Host: 127.0.0.1:4591     ✓  the address the client connected to (any port-less form too: "127.0.0.1")
 * Host: localhost          ✓  loopback's names: localhost, 127.0.0.1, [::1]
 * Host: hub.lan:4591       ✓  only if status.allowed_hosts names hub.lan
 * Host: 127.0.0.1:8080     ✗  another port
 * Host: evil.example:4591  ✗  (421)
 * </pre>
 * Names compare case-insensitively; IPv6 literals compare as addresses. Nothing is resolved: a name is a string.
 */
final class AllowedHosts {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> configured = new HashSet<>();

    /** @param configured extra names ({@code status.allowed_hosts}): host names or IP literals, without ports */
    AllowedHosts(List<String> configured) {
        for (String name : configured) {
            String n = normalize(name.toLowerCase(Locale.ROOT));
            if (n != null) {
                this.configured.add(n);
            }
        }
    }

    /** Whether a request with this {@code Host} value, on a connection accepted at {@code local}, is answered. */
    boolean allows(String host, InetSocketAddress local) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        int nameEnd = h.startsWith("[") ? h.indexOf(']') + 1 : h.indexOf(':') < 0 ? h.length() : h.indexOf(':');
        if (nameEnd <= 0) {
            return false;
        }
        String port = h.substring(nameEnd);
        if (!port.isEmpty() && !port.equals(":" + local.getPort())) {
            return false;
        }
        String name = normalize(h.substring(0, nameEnd));
        return name != null && (LOOPBACK.contains(name) || name.equals(literal(local.getAddress()))
                || configured.contains(name));
    }

    /** IPv6 literals in one bracketed form (RFC 5952), other names as they are; null when not a name at all. */
    private static String normalize(String name) {
        if (!name.startsWith("[")) {
            return name.isEmpty() ? null : name;
        }
        String inner = name.endsWith("]") ? name.substring(1, name.length() - 1) : "";
        if (!NetUtil.isValidIpV6Address(inner) || inner.indexOf('%') >= 0) {
            return null;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(inner);
        return bytes == null || bytes.length != 16 ? null : "[" + NetUtil.bytesToIpAddress(bytes) + "]";
    }

    private static String literal(InetAddress address) {
        String s = NetUtil.toAddressString(address);
        return address instanceof Inet6Address ? "[" + s + "]" : s;
    }
}
