package com.ooma.telo.agent.diag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** At most one diagnostics bundle per {@link #INTERVAL}: a bundle is up to 256 KiB of a hub's uplink and flash. */
public final class BundleLimiter {
    public static final Duration INTERVAL = Duration.ofMinutes(10);

    private final Clock clock;
    private Instant last;

    public BundleLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Empty and the bundle's time taken when one may be made now; else how long until one may. */
    public synchronized Optional<Duration> take() {
        Instant now = clock.instant();
        if (last != null && now.isBefore(last.plus(INTERVAL)) && !now.isBefore(last)) {
            return Optional.of(Duration.between(now, last.plus(INTERVAL)));
        }
        last = now;
        return Optional.empty();
    }
}
