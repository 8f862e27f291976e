package com.ooma.telo.agent.ingest;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of what the ingest socket took in and why it refused lines; read by health reports and the status page. */
public final class IngestStats {
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong malformed = new AtomicLong();
    final AtomicLong oversize = new AtomicLong();
    final AtomicLong queueFull = new AtomicLong();
    final AtomicLong connections = new AtomicLong();

    public long accepted() {
        return accepted.get();
    }

    public long malformed() {
        return malformed.get();
    }

    public long oversize() {
        return oversize.get();
    }

    public long queueFull() {
        return queueFull.get();
    }

    public long connections() {
        return connections.get();
    }
}
