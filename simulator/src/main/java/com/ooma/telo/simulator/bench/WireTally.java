package com.ooma.telo.simulator.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one measured period carried on the agent's broker connection, added up: PUBLISH messages per topic, bytes
 * per message type (a PUBACK is put with the channel of the PUBLISH it acknowledges), and the total. Keepalive
 * pings are kept apart: a simulated day passes in seconds of real time, so the pings Paho sent in it say nothing
 * about a day; {@link #modelledPings} gives the count at the shipped keepalive instead.
 *
 * @param packets every packet of the period, keepalive pings left out
 * @param pingsSeen PINGREQ and PINGRESP the real-time client sent during the run (left out of {@code packets})
 * @param rawBytes  bytes the proxy counted both ways, pings included: equals the packets' sum plus the pings'
 */
public record WireTally(List<MqttPacket> packets, List<MqttPacket> pingsSeen, long rawBytes) {
    /** The keepalive the agent's MQTT client is given (MqttPublisher: 60 s). */
    public static final Duration SHIPPED_KEEPALIVE = Duration.ofSeconds(60);

    public WireTally {
        packets = List.copyOf(packets);
        pingsSeen = List.copyOf(pingsSeen);
    }

    /** Splits what the proxy counted into the period's packets and its real-time pings. */
    public static WireTally of(List<MqttPacket> all, long rawBytes) {
        List<MqttPacket> kept = new ArrayList<>();
        List<MqttPacket> pings = new ArrayList<>();
        for (MqttPacket p : all) {
            (p.type() == MqttPacket.PINGREQ || p.type() == MqttPacket.PINGRESP ? pings : kept).add(p);
        }
        return new WireTally(kept, pings, rawBytes);
    }

    /** A count and a byte sum. */
    public record Count(long messages, long bytes) {
        Count plus(long b) {
            return new Count(messages + 1, bytes + b);
        }
    }

    /** PUBLISH packets the agent wrote, by channel ({@code health}, {@code usage}, {@code state}, …). */
    public Map<String, Count> publishesByChannel() {
        Map<String, Count> m = new TreeMap<>();
        for (MqttPacket p : packets) {
            if (p.fromAgent() && p.type() == MqttPacket.PUBLISH) {
                m.merge(p.channel(), new Count(1, p.bytes()), (a, b) -> a.plus(b.bytes()));
            }
        }
        return m;
    }

    /** Every packet by kind: {@code PUBLISH health}, {@code PUBACK health}, {@code CONNECT}, {@code SUBACK}, …. */
    public Map<String, Count> byType() {
        Map<String, Count> m = new TreeMap<>();
        Map<Integer, String> channelOfId = new HashMap<>();
        for (MqttPacket p : packets) {
            String kind = p.typeName();
            if (p.type() == MqttPacket.PUBLISH) {
                kind += " " + p.channel() + (p.fromAgent() ? "" : " (to agent)");
                if (p.fromAgent() && p.packetId() >= 0) {
                    channelOfId.put(p.packetId(), p.channel());
                }
            } else if (p.type() == MqttPacket.PUBACK && !p.fromAgent()) {
                kind += " " + channelOfId.getOrDefault(p.packetId(), "?");
            }
            m.merge(kind, new Count(1, p.bytes()), (a, b) -> a.plus(b.bytes()));
        }
        return m;
    }

    /** Bytes of every packet of the period, both ways, pings left out. */
    public long total() {
        return packets.stream().mapToLong(MqttPacket::bytes).sum();
    }

    public long totalFromAgent() {
        return packets.stream().filter(MqttPacket::fromAgent).mapToLong(MqttPacket::bytes).sum();
    }

    /** Bytes of the real-time pings left out of {@link #total}. */
    public long pingBytesSeen() {
        return pingsSeen.stream().mapToLong(MqttPacket::bytes).sum();
    }

    /**
     * PINGREQs the client would send from the first packet to {@code endMs} at {@code keepalive}: Paho pings when
     * nothing went out for a keepalive interval, so a silent gap of g holds ⌈g / keepalive⌉ − 1 pings. Each one is
     * answered by a PINGRESP.
     */
    public long modelledPings(long endMs, Duration keepalive) {
        return pingsInGaps(packets.stream().filter(MqttPacket::fromAgent).mapToLong(MqttPacket::simMs).toArray(),
                endMs, keepalive.toMillis());
    }

    static long pingsInGaps(long[] sentMs, long endMs, long keepaliveMs) {
        long pings = 0;
        for (int i = 0; i < sentMs.length; i++) {
            long next = i + 1 < sentMs.length ? sentMs[i + 1] : endMs;
            long gap = next - sentMs[i];
            pings += Math.max(0, (gap + keepaliveMs - 1) / keepaliveMs - 1);
        }
        return pings;
    }
}
