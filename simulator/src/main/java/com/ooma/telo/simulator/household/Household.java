package com.ooma.telo.simulator.household;

import java.util.List;

/**
 * The people and numbers of one simulated home. Every number is fictional: NANP 555-0100…0199 lines, toll-free
 * 800-555-01xx, and the UK's reserved drama range 020 7946 0xxx.
 *
 * @param lineNumber   the line's own ten-digit number
 * @param contacts     friends, family and local businesses (domestic and abroad)
 * @param tollFree     toll-free businesses the household dials
 * @param unknownCallers spam and robocall sources
 */
public record Household(String lineNumber, List<Contact> contacts, List<Contact> tollFree, List<Contact> unknownCallers) {

    public Household {
        contacts = List.copyOf(contacts);
        tollFree = List.copyOf(tollFree);
        unknownCallers = List.copyOf(unknownCallers);
    }

    /** The line's area code, used to decide when a number can be dialled as seven digits. */
    String areaCode() {
        return lineNumber.substring(0, 3);
    }

    public List<Contact> domesticContacts() {
        return contacts.stream().filter(c -> !c.international()).toList();
    }

    List<Contact> contactsAbroad() {
        return contacts.stream().filter(Contact::international).toList();
    }

    /**
     * Contacts abroad a household may have, all on ranges reserved for drama: the UK's 020 7946 0xxx, Australia's
     * 02 5550 xxxx and 0491 570 xxx.
     */
    public static final List<Contact> ABROAD = List.of(
            Contact.abroad("Emily Hartley", "HARTLEY EMILY", "442079460123"),
            Contact.abroad("Oliver Brandt", "BRANDT OLIVER", "442079460958"),
            Contact.abroad("Chloe Nguyen", "NGUYEN CHLOE", "61255501234"),
            Contact.abroad("Liam Costa", "COSTA LIAM", "61491570156"));

    /**
     * The fictional household on another line, with {@code abroad} contacts abroad (1..4, from {@link #ABROAD}) and
     * one more caller: {@code extraCaller}, who rings in like any friend (the run's caller-ID canary).
     */
    public Household onLine(String tenDigits, int abroad, Contact extraCaller) {
        if (abroad < 1 || abroad > ABROAD.size()) {
            throw new IllegalArgumentException("contacts abroad must be 1.." + ABROAD.size() + ", got " + abroad);
        }
        List<Contact> people = new java.util.ArrayList<>(domesticContacts());
        people.addAll(ABROAD.subList(0, abroad));
        people.add(extraCaller);
        return new Household(tenDigits, people, tollFree, unknownCallers);
    }

    /** A household in the 650 area with friends, family, two local businesses, a sister in London and some spammers. */
    public static Household fictional() {
        return new Household(
                "6505550100",
                List.of(
                        Contact.domestic("Maria Alvarez", "ALVAREZ MARIA", "6505550111"),
                        Contact.domestic("Dev Patel", "PATEL DEV", "4155550123"),
                        Contact.domestic("Grace Whitfield", "WHITFIELD GRACE", "6505550137"),
                        Contact.domestic("Tomasz Nowak", "NOWAK TOMASZ", "3125550148"),
                        Contact.domestic("Aiyana Redcloud", "REDCLOUD AIYANA", "5035550152"),
                        Contact.domestic("Hiroshi Tanabe", "TANABE HIROSHI", "2125550164"),
                        Contact.domestic("Lucia Ferreira", "FERREIRA LUCIA", "6505550175"),
                        Contact.domestic("Bayview Dental", "BAYVIEW DENTAL", "6505550181"),
                        Contact.domestic("Sunset Pharmacy", "SUNSET PHARMACY", "6505550189"),
                        Contact.abroad("Emily Hartley", "HARTLEY EMILY", "442079460123")),
                List.of(
                        Contact.domestic("Coastline Bank", "COASTLINE BANK", "8005550199"),
                        Contact.domestic("Northwind Airlines", "NORTHWIND AIR", "8005550196"),
                        Contact.domestic("Meadow Insurance", "MEADOW INSURANC", "8005550170")),
                List.of(
                        Contact.domestic("", "SOLAR SAVINGS", "2025550190"),
                        Contact.domestic("", "VEHICLE WARRANTY", "3055550104"),
                        Contact.domestic("", "WIRELESS CALLER", "4695550117"),
                        Contact.domestic("", "SPAM RISK", "7025550126"),
                        Contact.domestic("", "HEALTH BENEFITS", "9095550133")));
    }
}
