package com.ooma.telo.agent.diag;

import java.util.List;

/**
 * Hub log lines with personal data in every form the privacy rules name, and the values that must never be found
 * anywhere once they were taken in: numbers in several spellings, emails, names, card numbers, IPv4, IPv6, MACs,
 * SIP URIs with a user part, a postal address. {@link #digitRuns} are checked in digit-only projections too.
 */
public final class PersonalLines {
    public static final List<String> VALUES = List.of("+1 650 555 0142", "(650) 555-0199", "650.555.0177",
            "16505550123", "jane.roe@example.com", "bob_smith+vm@mail.example.org", "Jane Roe", "Roberto Alvarez",
            "4111 1111 1111 1111", "5500-0000-0000-0004", "203.0.113.77", "198.51.100.23", "2001:db8:0:1::77",
            "00:1a:2b:3c:4d:5e", "A4-5E-60-E1-22-9F", "sip:+16505550142@voip.example.net",
            "sip:alice.smith@example.org", "1234 Elm Street");
    /** National numbers and card digits: no spelling of them may survive, even with separators removed. */
    public static final List<String> DIGIT_RUNS = List.of("6505550142", "6505550199", "6505550177", "6505550123",
            "4111111111111111", "5500000000000004");

    private PersonalLines() {}

    /** Line {@code i} of a flood: every template in turn, as a hub writes them, stamped to the millisecond. */
    public static String line(int i) {
        String t = String.format("2026-12-02T18:%02d:%02d.%03dZ ", i / 60 % 60, i % 60, i % 1000);
        return switch (i % 12) {
            case 0 -> t + "callctl: incoming call from +1 650 555 0142 name=\"Jane Roe\"";
            case 1 -> t + "sipua: INVITE sip:+16505550142@voip.example.net contact 203.0.113.77:5060";
            case 2 -> t + "sipua: REGISTER sip:alice.smith@example.org from 2001:db8:0:1::77";
            case 3 -> t + "voicemail: notify jane.roe@example.com and bob_smith+vm@mail.example.org";
            case 4 -> t + "ivr: collected digits 4111 1111 1111 1111";
            case 5 -> t + "billing: card 5500-0000-0000-0004 declined";
            case 6 -> t + "net: eth0 hwaddr 00:1a:2b:3c:4d:5e inet 198.51.100.23";
            case 7 -> t + "wifi: client A4-5E-60-E1-22-9F joined";
            case 8 -> t + "callctl: outgoing call to (650) 555-0199 caller Roberto Alvarez";
            case 9 -> t + "e911: provisioning address '1234 Elm Street, Springfield' for 650.555.0177";
            case 10 -> t + "callctl: call ended remote=16505550123 duration=61s";
            default -> t + "sipua: registration refreshed";
        };
    }
}
