package com.ooma.telo.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic behind the wire figures: totals per topic and per packet type add up to what the connection
 * carried, acknowledgements go with the channel they acknowledge, the keepalive model counts the pings a silent
 * connection sends, and the TCP/IP and TLS estimate follows its stated formula.
 */
class WireArithmeticTest {
    private static final int CONNECT = MqttPacket.CONNECT;

    private final List<MqttPacket> day = List.of(
            new MqttPacket(true, CONNECT, null, -1, 420, 0),
            new MqttPacket(false, 2, null, -1, 4, 0),
            new MqttPacket(true, MqttPacket.PUBLISH, "health", 1, 400, 900_000),
            new MqttPacket(false, MqttPacket.PUBACK, null, 1, 4, 900_000),
            new MqttPacket(true, MqttPacket.PINGREQ, null, -1, 2, 950_000),
            new MqttPacket(false, MqttPacket.PINGRESP, null, -1, 2, 950_000),
            new MqttPacket(true, MqttPacket.PUBLISH, "usage", 2, 7_900, 1_800_000),
            new MqttPacket(false, MqttPacket.PUBACK, null, 2, 4, 1_800_000));

    @Test
    void totals_byTopicAndType_leaveRealTimePingsApart() {
        WireTally t = WireTally.of(day, 8_736);

        assertThat(t.total()).isEqualTo(420 + 4 + 400 + 4 + 7_900 + 4);
        assertThat(t.totalFromAgent()).isEqualTo(420 + 400 + 7_900);
        assertThat(t.pingBytesSeen()).isEqualTo(4);
        assertThat(t.rawBytes()).isEqualTo(t.total() + t.pingBytesSeen());
        assertThat(t.publishesByChannel()).containsOnlyKeys("health", "usage");
        assertThat(t.publishesByChannel().get("usage")).isEqualTo(new WireTally.Count(1, 7_900));
        assertThat(t.byType()).containsEntry("PUBACK health", new WireTally.Count(1, 4))
                .containsEntry("PUBACK usage", new WireTally.Count(1, 4))
                .containsEntry("CONNECT", new WireTally.Count(1, 420))
                .doesNotContainKey("PINGREQ");
    }

    @Test
    void keepalive_pingsEveryMinuteOfSilence() {
        long minute = 60_000;
        // Silent 15-minute gaps hold 14 pings each; a gap of exactly one keepalive none; a hair more, one.
        assertThat(WireTally.pingsInGaps(new long[] {0, 900_000}, 1_800_000, minute)).isEqualTo(28);
        assertThat(WireTally.pingsInGaps(new long[] {0}, minute, minute)).isZero();
        assertThat(WireTally.pingsInGaps(new long[] {0}, minute + 1, minute)).isEqualTo(1);
        // A day of 96 reports, one every 15 minutes, keeps the client pinging 14 times between two.
        long[] reports = new long[96];
        for (int i = 0; i < 96; i++) {
            reports[i] = i * 900_000L;
        }
        assertThat(WireTally.pingsInGaps(reports, 86_400_000, minute)).isEqualTo(96 * 14);
    }

    @Test
    void overhead_followsTheStatedFormula() {
        List<WireOverhead.Frame> frames = List.of(
                new WireOverhead.Frame(400, true),    // one segment, its ACK rides on the PUBACK: 52
                new WireOverhead.Frame(4, false),     // the PUBACK and the pure ACK it draws: 104
                new WireOverhead.Frame(7_900, true)); // six segments, three ACKs of which the last rides: 416

        WireOverhead plain = WireOverhead.of(frames, 1, false);
        assertThat(plain).isEqualTo(new WireOverhead(172 + 52 + 104 + 416, 0));

        WireOverhead tls = WireOverhead.of(frames, 1, true);
        // Three records of 22 bytes and one handshake of 4,000, which travels in 4 flights of 1 segment + 1 ACK.
        assertThat(tls.tlsBytes()).isEqualTo(3 * 22 + 4_000);
        assertThat(tls.tcpIpBytes()).isEqualTo(172 + 52 + 104 + 416 + 4 * 104);
        assertThat(tls.total()).isEqualTo(tls.tcpIpBytes() + tls.tlsBytes());
    }

    @Test
    void aFrameIsAnswered_whenThePeerRespondsAtOnce() {
        assertThat(WireOverhead.Frame.of(day.get(0)).answered()).isTrue();  // CONNECT → CONNACK
        assertThat(WireOverhead.Frame.of(day.get(2)).answered()).isTrue();  // PUBLISH QoS 1 → PUBACK
        assertThat(WireOverhead.Frame.of(day.get(3)).answered()).isFalse(); // PUBACK
        assertThat(WireOverhead.Frame.of(day.get(4)).answered()).isTrue();  // PINGREQ → PINGRESP
    }
}
