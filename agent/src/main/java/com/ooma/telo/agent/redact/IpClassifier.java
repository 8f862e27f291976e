package com.ooma.telo.agent.redact;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces an IP address literal to its class and family; the address goes no further. Only literals are parsed
 * (never a host name: a DNS lookup would leak the value to the resolver and could block the worker).
 */
final class IpClassifier {
    private static final Pattern V4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?::\\d{1,5})?");
    private static final Pattern V6 = Pattern.compile("\\[?([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)(?:%[^\\]]*)?]?(?::\\d{1,5})?");

    /** Class and family of an address, as wire labels. */
    record AddressClass(String cls, String family) {
    }

    Optional<AddressClass> classify(String literal) {
        String s = literal.strip();
        Matcher m4 = V4.matcher(s);
        if (m4.matches()) {
            int[] b = new int[4];
            for (int i = 0; i < 4; i++) {
                b[i] = Integer.parseInt(m4.group(i + 1));
                if (b[i] > 255) {
                    return Optional.empty();
                }
            }
            return Optional.of(new AddressClass(v4Class(b), "ipv4"));
        }
        Matcher m6 = V6.matcher(s);
        if (!m6.matches()) {
            return Optional.empty();
        }
        try {
            // Contains a colon and only hex digits, colons and dots: parsed as a literal, never looked up.
            InetAddress a = InetAddress.getByName(m6.group(1));
            if (a instanceof Inet4Address v4) { // IPv4-mapped
                byte[] raw = v4.getAddress();
                return Optional.of(new AddressClass(v4Class(new int[] {raw[0] & 255, raw[1] & 255, raw[2] & 255,
                    raw[3] & 255}), "ipv4"));
            }
            return Optional.of(new AddressClass(v6Class(a.getAddress()), "ipv6"));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String v4Class(int[] b) {
        if (b[0] == 127) {
            return "loopback";
        }
        if (b[0] == 10 || b[0] == 172 && b[1] >= 16 && b[1] <= 31 || b[0] == 192 && b[1] == 168) {
            return "private";
        }
        if (b[0] == 100 && b[1] >= 64 && b[1] <= 127) {
            return "cgnat";
        }
        if (b[0] == 169 && b[1] == 254) {
            return "link_local";
        }
        if (b[0] == 0 || b[0] >= 224) {
            return "other"; // unspecified, multicast, reserved
        }
        return "public";
    }

    private static String v6Class(byte[] a) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 15; i++) {
            zeroPrefix &= a[i] == 0;
        }
        if (zeroPrefix && a[15] == 1) {
            return "loopback";
        }
        if ((a[0] & 0xfe) == 0xfc) {
            return "private"; // unique local fc00::/7
        }
        if ((a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0x80) {
            return "link_local";
        }
        if ((a[0] & 0xe0) == 0x20) {
            return "public"; // global unicast 2000::/3
        }
        return "other";
    }
}
