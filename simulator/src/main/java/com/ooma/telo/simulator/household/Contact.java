package com.ooma.telo.simulator.household;

/**
 * Someone the household calls or hears from, with the fictional number the hub sees.
 *
 * @param displayName    the name in the hub's phonebook (shown on outbound calls)
 * @param callerIdName   the CNAM string the network presents on inbound calls
 * @param number         digits only: ten-digit NANP national number, or country code + number for abroad
 * @param international  whether {@code number} starts with a country code other than 1
 */
public record Contact(String displayName, String callerIdName, String number, boolean international) {

    static Contact domestic(String displayName, String callerIdName, String tenDigits) {
        return new Contact(displayName, callerIdName, tenDigits, false);
    }

    static Contact abroad(String displayName, String callerIdName, String countryCodeAndNumber) {
        return new Contact(displayName, callerIdName, countryCodeAndNumber, true);
    }
}
