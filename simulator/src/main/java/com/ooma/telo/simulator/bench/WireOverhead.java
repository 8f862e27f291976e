package com.ooma.telo.simulator.bench;

import java.util.List;

/**
 * An estimate of what the network adds below MQTT for a period's packets: TCP/IP headers and acknowledgements, and
 * TLS 1.3 records and handshakes. Not measured (loopback has no TLS and no real segments): a formula over the
 * counted packets with these assumptions, each a constant here and stated in docs/performance.md:
 * <ul>
 *   <li>IPv4 and TCP with timestamps: {@value #IP_TCP_HEADER} bytes a segment, MSS {@value #MSS} (1,500 MTU);
 *   <li>each MQTT packet is written at once (Paho flushes per packet) and leaves in ⌈wire bytes / MSS⌉ segments;
 *   <li>the receiver acknowledges every second segment (delayed ACK); the last ACK of a packet that the peer
 *       answers at once (CONNECT, PUBLISH at QoS 1, SUBSCRIBE, PINGREQ) rides on the answer, every other packet
 *       costs its ACKs as pure {@value #IP_TCP_HEADER}-byte segments;
 *   <li>a connection costs a handshake of {@value #TCP_HANDSHAKE} bytes (SYN and SYN-ACK with options, ACK);
 *   <li>TLS 1.3: each MQTT packet is one record per 16 KiB, {@value #TLS_RECORD} bytes each (5 header, 1 inner
 *       content type, 16 AEAD tag); a full handshake of {@value #TLS_HANDSHAKE} bytes per connection (X25519,
 *       ECDSA P-256, a two-certificate server chain, a client certificate, two session tickets), in 4 flights.
 * </ul>
 *
 * @param tcpIpBytes bytes of TCP/IP headers and pure ACKs, the TLS bytes' segments included when {@code tls}
 * @param tlsBytes   bytes of TLS records and handshakes; 0 without TLS
 */
public record WireOverhead(long tcpIpBytes, long tlsBytes) {
    static final int IP_TCP_HEADER = 52;
    static final int MSS = 1448;
    static final int TCP_HANDSHAKE = 60 + 60 + 52;
    static final int TLS_RECORD = 22;
    static final int TLS_MAX_PLAINTEXT = 16_384;
    static final int TLS_HANDSHAKE = 4_000;
    static final int TLS_HANDSHAKE_FLIGHTS = 4;

    /** A packet as the estimate sees it: its MQTT size and whether the peer answers it at once. */
    public record Frame(int bytes, boolean answered) {
        static Frame of(MqttPacket p) {
            boolean answered = p.fromAgent() && (p.type() == MqttPacket.CONNECT || p.type() == MqttPacket.PINGREQ
                    || p.type() == 8 || (p.type() == MqttPacket.PUBLISH && p.packetId() >= 0));
            return new Frame(p.bytes(), answered);
        }
    }

    /** The overhead of {@code frames} over {@code connections} connections, with or without TLS. */
    public static WireOverhead of(List<Frame> frames, int connections, boolean tls) {
        long tcp = (long) connections * TCP_HANDSHAKE;
        long tlsBytes = 0;
        for (Frame f : frames) {
            long wire = f.bytes();
            if (tls) {
                long records = Math.max(1, ceil(f.bytes(), TLS_MAX_PLAINTEXT));
                tlsBytes += records * TLS_RECORD;
                wire += records * TLS_RECORD;
            }
            tcp += segmentsAndAcks(wire, f.answered());
        }
        if (tls) {
            tlsBytes += (long) connections * TLS_HANDSHAKE;
            long flight = TLS_HANDSHAKE / TLS_HANDSHAKE_FLIGHTS;
            tcp += (long) connections * TLS_HANDSHAKE_FLIGHTS * segmentsAndAcks(flight, false);
        }
        return new WireOverhead(tcp, tlsBytes);
    }

    /** TCP/IP bytes for one write of {@code wire} bytes: its segments' headers and the pure ACKs it draws. */
    static long segmentsAndAcks(long wire, boolean answered) {
        long segments = Math.max(1, ceil(wire, MSS));
        long acks = ceil(segments, 2) - (answered ? 1 : 0);
        return (segments + acks) * IP_TCP_HEADER;
    }

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }

    public long total() {
        return tcpIpBytes + tlsBytes;
    }
}
