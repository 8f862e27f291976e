package com.ooma.telo.simulator.leak;

/** What a secret is, which decides how else it could be spelled (see {@link Spellings} and {@link Skeletons}). */
public enum SecretKind {
    /** A phone number in any dialled or presented form: E.164, national, 011/00 prefixes, any separators. */
    PHONE_NUMBER,
    /** A person's or business's name: any letter case, either word order, any short separator. */
    NAME,
    /** An email address: any case, URL-encoded, or its local part alone. */
    EMAIL,
    /** A postal (911) address: the whole address or its street line, any case, any short separators. */
    POSTAL_ADDRESS,
    /** A MAC address: any case, colons, dashes, dots (Cisco style) or no separators. */
    MAC_ADDRESS,
    /** An IPv4 address: dotted, dashed (host names), underscored, or reversed (PTR names). */
    IP_ADDRESS,
    /** A payment card number (typed as DTMF): its digits with any separators. */
    CARD_NUMBER
}
