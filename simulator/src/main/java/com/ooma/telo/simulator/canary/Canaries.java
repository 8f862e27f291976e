package com.ooma.telo.simulator.canary;

import com.ooma.telo.simulator.leak.Secret;
import com.ooma.telo.simulator.leak.SecretKind;
import java.util.List;

/**
 * The honeytokens one simulated hub plants into the events it plays: values that exist nowhere else, so finding any
 * of them (in any spelling) outside the agent's ingest is a leak. All are fictional or reserved: NANP 555-01xx lines,
 * locally administered MACs, documentation IPv4 ranges (RFC 5737), {@code example.net} (RFC 2606), and a card number
 * that passes the Luhn check under a test prefix.
 *
 * @param lineNumber   the hub's own line, ten NANP digits
 * @param callerIdName a CNAM string (at most 15 characters) of one caller who rings the household
 * @param e911Address  the registered 911 address, set by a {@code system.config_changed} event
 * @param mac          the hub's own MAC address (in {@code call.quality.local_mac})
 * @param wanIp        the hub's first WAN address (in {@code network.wan.wan_ip})
 * @param email        the voicemail-to-email address, set by a {@code system.config_changed} event
 * @param cardNumber   16 digits typed as DTMF during a call to the household's bank ({@code call.ended.dtmf})
 */
public record Canaries(String lineNumber, String callerIdName, String e911Address, String mac, String wanIp,
        String email, String cardNumber) {

    /** Every canary as a secret for the leak scanner. */
    public List<Secret> secrets() {
        return List.of(
                Secret.phone("+1" + lineNumber),
                Secret.name(callerIdName),
                new Secret(SecretKind.POSTAL_ADDRESS, e911Address),
                new Secret(SecretKind.MAC_ADDRESS, mac),
                new Secret(SecretKind.IP_ADDRESS, wanIp),
                new Secret(SecretKind.EMAIL, email),
                new Secret(SecretKind.CARD_NUMBER, cardNumber));
    }

    /** Never the values. */
    @Override
    public String toString() {
        return "Canaries[7 honeytokens]";
    }
}
