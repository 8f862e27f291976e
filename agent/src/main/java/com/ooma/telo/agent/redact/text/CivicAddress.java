package com.ooma.telo.agent.redact.text;

import java.util.Set;

/**
 * PIDF-LO location elements (RFC 4119, RFC 5139, GML): the content of a civic element that narrows an address
 * down to a home ({@code <ca:HNO>}, {@code <ca:RD>}, {@code <ca:A3>}, {@code <ca:PC>} …) and of {@code <gml:pos>}
 * is an address. {@code A1} (state), {@code A2} (county), {@code country} and {@code PLC} (place type) are not.
 */
final class CivicAddress {
    private CivicAddress() {}

    private static final Set<String> CIVIC = Set.of(
            "HNO", "HNS", "RD", "RDSEC", "RDBR", "RDSUBBR", "STS", "PRD", "POD", "A3", "A4", "A5", "A6", "PC", "PCN",
            "LOC", "FLR", "NAM", "ADDCODE", "BLD", "UNIT", "ROOM", "SEAT", "LMK", "POBOX");
    private static final Set<String> GML = Set.of("pos", "posList", "coordinates");
    private static final int MAX_CONTENT = 256;

    /**
     * Asterisk's geolocation form, {@code location_info = country=US, A1="WI", A3="Madison", HNO=4664, RD=Oak}: on a
     * line that names {@code location_info} or {@code location_refinement}, the value of a civic key is an address.
     * Returns true when {@code key} was one (its value, if any, is then marked).
     */
    static boolean keyValue(LineScan s, String key, int v) {
        if (!CIVIC.contains(key) || !s.civicLine()) {
            return false;
        }
        int start = s.at(v) == '"' ? v + 1 : v;
        int end = start;
        while (end < s.n && s.c[end] != ',' && s.c[end] != '"' && s.c[end] != ';' && end - start < MAX_CONTENT) {
            end++;
        }
        while (end > start && s.c[end - 1] == ' ') {
            end--;
        }
        if (end > start && s.isFree(start, end)) {
            s.found(start, end, Placeholder.ADDRESS);
        }
        return true;
    }

    /** At the {@code <} at {@code lt}: marks the element's content as an address; returns where to go on, or -1. */
    static int element(LineScan s, int lt) {
        int i = lt + 1;
        int nameStart = i;
        int colon = -1;
        while (i < s.n && i - lt < 24 && (LineScan.isWordChar(s.c[i]) || s.c[i] == ':' && colon < 0)) {
            colon = s.c[i] == ':' ? i : colon;
            i++;
        }
        String prefix = colon < 0 ? "" : new String(s.c, nameStart, colon - nameStart);
        int local = colon < 0 ? nameStart : colon + 1;
        String name = new String(s.c, local, i - local);
        boolean civic = CIVIC.contains(name) || GML.contains(name) && (prefix.equals("gml") || prefix.isEmpty());
        if (!civic) {
            return -1;
        }
        while (i < s.n && s.c[i] != '>' && i - lt < 128) {
            i++; // attributes
        }
        if (s.at(i) != '>' || s.c[i - 1] == '/') {
            return -1;
        }
        int start = i + 1;
        int end = start;
        while (end < s.n && s.c[end] != '<' && end - start < MAX_CONTENT) {
            end++;
        }
        int from = start;
        while (from < end && s.c[from] == ' ') {
            from++;
        }
        int to = end;
        while (to > from && s.c[to - 1] == ' ') {
            to--;
        }
        if (to > from && s.isFree(from, to)) {
            s.found(from, to, Placeholder.ADDRESS);
        }
        return end;
    }
}
