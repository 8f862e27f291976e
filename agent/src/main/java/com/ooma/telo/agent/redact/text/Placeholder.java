package com.ooma.telo.agent.redact.text;

/** The closed list of tokens that stand in for a personal item in a redacted line (docs/design.md §4). */
public enum Placeholder {
    PHONE, EMAIL, CARD, IP, MAC, SIP_URI, NAME, ADDRESS, SSN, IMEI, IPEI;

    private final String token = "<" + name() + ">";

    /** The literal written into the output, e.g. {@code <PHONE>}. */
    public String token() {
        return token;
    }
}
