package com.ooma.telo.agent.redact;

/** A field's class under the vendor's privacy policy (docs/design.md §2). */
public enum PolicyClass {
    /** Names, numbers, addresses, emails, cards, IP and MAC addresses, SIP URIs, IPEIs. */
    PERSONAL,
    /** Audio, voicemail, transcripts, DTMF digits: never collected at all. */
    COMMUNICATIONS,
    /** Calling records: per-call times, durations, destinations; only as aggregates. */
    CUSTOMER_NETWORK_INFO,
    /** Linkable identifiers (Call-ID, tags, handset IPEI): dropped. */
    IDENTIFIER,
    /** May be reported, still sealed. */
    NON_PERSONAL
}
