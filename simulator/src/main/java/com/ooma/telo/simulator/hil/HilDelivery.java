package com.ooma.telo.simulator.hil;

import java.net.URI;
import java.util.Locale;

/**
 * How a {@code hil} run's reports travel and are collected: which broker (the run's own embedded Moquette, or an
 * external one at a {@code tcp://host:port} URL), when an agent counts a report delivered ({@code receipt}: only when
 * the run's collector has stored it and said so in a signed receipt; {@code broker}: at the broker's PUBACK), and how
 * many collectors split the fleet on one {@code $share/...} subscription.
 *
 * @param broker     {@code embedded} or {@code tcp://host:port}
 * @param ack        {@code receipt} or {@code broker} (the agents' {@code publish.ack})
 * @param collectors live collectors on one shared subscription (1 subscribes plainly)
 * @param dpEpsilon  the agents' {@code privacy.daily_epsilon}: 0 keeps local DP off (calls then reconcile exactly);
 *                   above 0 calls reconcile within the noise bound ({@link DpBound})
 */
public record HilDelivery(String broker, String ack, int collectors, double dpEpsilon) {
    public static final String EMBEDDED = "embedded";
    public static final String RECEIPT = "receipt";
    public static final String BROKER_ACK = "broker";
    public static final int MAX_COLLECTORS = 8;

    public HilDelivery {
        broker = broker.trim();
        ack = ack.trim().toLowerCase(Locale.ROOT);
        if (!broker.equals(EMBEDDED)) {
            URI u;
            try {
                u = URI.create(broker);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--broker must be embedded or tcp://host:port, got a malformed URL");
            }
            if (!"tcp".equals(u.getScheme()) || u.getHost() == null || u.getPort() < 1) {
                throw new IllegalArgumentException("--broker must be embedded or tcp://host:port (each hub reaches it"
                        + " through its own TCP proxy, so ssl:// is not supported), got " + broker);
            }
        }
        if (!ack.equals(RECEIPT) && !ack.equals(BROKER_ACK)) {
            throw new IllegalArgumentException("--ack must be receipt or broker, got " + ack);
        }
        if (collectors < 1 || collectors > MAX_COLLECTORS) {
            throw new IllegalArgumentException("--collectors must be 1.." + MAX_COLLECTORS + ", got " + collectors);
        }
        if (dpEpsilon < 0 || dpEpsilon > 100) {
            throw new IllegalArgumentException("--dp-epsilon must be 0 (off) up to 100, got " + dpEpsilon);
        }
        if (collectors > 1 && broker.equals(EMBEDDED)) {
            // Seen: Moquette 0.17 takes the SUBSCRIBE but delivers nothing to it; the spools never empty.
            throw new IllegalArgumentException("--collectors " + collectors + " needs --broker URL of a broker with"
                    + " MQTT 3.1.1 shared subscriptions (Mosquitto, EMQX, HiveMQ, VerneMQ): the embedded Moquette"
                    + " delivers nothing on $share/... to MQTT 3.1.1 clients");
        }
    }

    /** Local DP off. */
    public HilDelivery(String broker, String ack, int collectors) {
        this(broker, ack, collectors, 0);
    }

    /** The default: the run's own broker, receipts, one collector, local DP off. */
    public static HilDelivery standard() {
        return new HilDelivery(EMBEDDED, RECEIPT, 1);
    }

    public boolean embedded() {
        return broker.equals(EMBEDDED);
    }

    public boolean receipts() {
        return ack.equals(RECEIPT);
    }

    /** The external broker's host ({@link #embedded()} false). */
    public String host() {
        return URI.create(broker).getHost();
    }

    /** The external broker's port ({@link #embedded()} false). */
    public int port() {
        return URI.create(broker).getPort();
    }

    /** The shared-subscription group when several collectors split the fleet, else null (a plain subscription). */
    public String shareGroup() {
        return collectors > 1 ? "hil" : null;
    }
}
