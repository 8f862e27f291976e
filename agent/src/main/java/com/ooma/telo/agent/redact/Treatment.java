package com.ooma.telo.agent.redact;

import java.util.List;

/** What redaction keeps of one declared field: a closed set of treatments, each documented in one sentence. */
sealed interface Treatment {

    /** One line for docs/ingest-protocol.md. */
    String describe();

    /** Never read: the value is dropped where the parser left it. */
    record Drop() implements Treatment {
        public String describe() {
            return "dropped, never read";
        }
    }

    /** A label from a closed list (case-insensitive); anything else becomes {@code fallback} (null: invalid). */
    record Label(List<String> allowed, String fallback) implements Treatment {
        public String describe() {
            return "label, one of " + String.join(", ", allowed)
                    + (fallback == null ? "; anything else is invalid" : "; anything else counts as " + fallback);
        }
    }

    /** An integer measurement, {@code value × scale} rounded; outside [min, max] the field is invalid. */
    record Measure(long min, long max, long scale, String unit) implements Treatment {
        public String describe() {
            return "measurement" + (scale == 1 ? "" : " ×" + scale) + " in " + unit + ", valid " + min + ".." + max;
        }
    }

    /** A duration in milliseconds, kept as whole seconds clamped to {@code clampS}, counted only into buckets. */
    record DurationSeconds(long clampS) implements Treatment {
        public String describe() {
            return "whole seconds, clamped to " + clampS + " s, counted into duration buckets only";
        }
    }

    /** A boolean. */
    record Flag() implements Treatment {
        public String describe() {
            return "boolean";
        }
    }

    /** A phone number: only its destination class survives; with {@code pseudonym}, also "first time today". */
    record Destination(boolean pseudonym) implements Treatment {
        public String describe() {
            return "destination class only (digits dropped)" + (pseudonym
                    ? "; plus whether the number was first seen today, via an in-memory HMAC key rotated daily" : "");
        }
    }

    /** An identity (SIP URI, display name, identity header): only {@code present} or {@code anonymous}. */
    record Identity() implements Treatment {
        public String describe() {
            return "presence only: present or anonymous (value dropped)";
        }
    }

    /** An IP address literal: only its class and family. */
    record IpAddress() implements Treatment {
        public String describe() {
            return "address class (public, private, cgnat, link_local, loopback, other) and family (ipv4, ipv6)";
        }
    }

    /** A Unix-ms timestamp: only the hour of day in the hub's zone. */
    record HourBand() implements Treatment {
        public String describe() {
            return "local hour band 00..23 only";
        }
    }

    /** A SIP response code: only its class (1xx..6xx). */
    record ResponseClass() implements Treatment {
        public String describe() {
            return "response class 1xx..6xx only";
        }
    }

    /**
     * Free text (a hub log line): passed through the free-text redactor on arrival, its clock times cut to the
     * minute, and held only in the agent's bounded in-memory ring of hub log lines; never aggregated, never on flash.
     */
    record LogText() implements Treatment {
        public String describe() {
            return "free text: redacted on arrival by the free-text redactor (redaction.md), clock times cut to the"
                    + " minute, held only in the in-memory hub log ring; never counted into a report";
        }
    }
}
