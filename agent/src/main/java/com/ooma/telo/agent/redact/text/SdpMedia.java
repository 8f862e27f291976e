package com.ooma.telo.agent.redact.text;

/**
 * The fields of an SDP media line ({@code m=audio 18512 RTP/AVP 0 8 9 101}): media, port, protocol and the format
 * list are harmless. Only a value of that shape is marked, so a key {@code M=} or {@code m=} elsewhere
 * (Kamailio's {@code M='REGISTER sip:…'}) marks nothing.
 */
final class SdpMedia {
    private SdpMedia() {}

    private static final String[] MEDIA = {"audio ", "video ", "application ", "text ", "message ", "image "};

    /** Marks the media line whose value starts at {@code v}; returns its end, or {@code v} when it is not one. */
    static int mark(LineScan s, int v) {
        int i = -1;
        for (String m : MEDIA) {
            if (s.regionMatchesIgnoreCase(v, m)) {
                i = v + m.length();
                break;
            }
        }
        if (i < 0 || !LineScan.isDigit(s.at(i))) {
            return v;
        }
        while (LineScan.isDigit(s.at(i)) || s.at(i) == '/' && LineScan.isDigit(s.at(i + 1))) {
            i++; // port, port/count
        }
        if (s.at(i) != ' ' || !LineScan.letter(s.at(i + 1))) {
            return v;
        }
        i++;
        while (i < s.n && (LineScan.letterOrDigit(s.c[i]) || s.c[i] == '/' || s.c[i] == '_')) {
            i++; // RTP/AVP, UDP/TLS/RTP/SAVPF
        }
        int end = i;
        while (s.at(i) == ' ' && (LineScan.isDigit(s.at(i + 1)) || s.at(i + 1) == '*')) {
            i++;
            while (LineScan.isDigit(s.at(i)) || s.at(i) == '*') {
                i++;
            }
            end = i; // the format list
        }
        s.harmless(v, end);
        return end;
    }
}
