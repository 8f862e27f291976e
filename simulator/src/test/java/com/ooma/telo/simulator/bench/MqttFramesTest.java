package com.ooma.telo.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counting proxy cuts a byte stream into the MQTT packets it holds, however the reads split it. */
class MqttFramesTest {

    /** A QoS 1 PUBLISH of {@code payload} bytes to {@code topic} with packet id {@code id}. */
    static byte[] publish(String topic, int id, int payload) {
        byte[] t = topic.getBytes(StandardCharsets.UTF_8);
        int remaining = 2 + t.length + 2 + payload;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0x32);
        for (int r = remaining; ; ) { // the remaining length, 7 bits a byte
            int digit = r % 128;
            r /= 128;
            b.write(r > 0 ? digit | 0x80 : digit);
            if (r == 0) {
                break;
            }
        }
        b.write(t.length >> 8);
        b.write(t.length);
        b.writeBytes(t);
        b.write(id >> 8);
        b.write(id);
        b.writeBytes(new byte[payload]);
        return b.toByteArray();
    }

    @Test
    void packetsSplitAcrossReads_areCountedWhole_withTopicAndId() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        byte[] usage = publish("telo/v1/0123/usage", 7, 8_000); // a 2-byte remaining length
        stream.writeBytes(usage);
        stream.writeBytes(new byte[] {(byte) 0xC0, 0}); // PINGREQ
        byte[] health = publish("telo/v1/0123/health", 8, 300);
        stream.writeBytes(health);
        byte[] all = stream.toByteArray();

        MqttFrames frames = new MqttFrames(true, () -> 42);
        List<MqttPacket> got = new ArrayList<>();
        for (int i = 0; i < all.length; i += 3) { // reads of 3 bytes: every header is split somewhere
            got.addAll(frames.feed(all, i, Math.min(3, all.length - i)));
        }

        assertThat(got).containsExactly(
                new MqttPacket(true, MqttPacket.PUBLISH, "usage", 7, usage.length, 42),
                new MqttPacket(true, MqttPacket.PINGREQ, null, -1, 2, 42),
                new MqttPacket(true, MqttPacket.PUBLISH, "health", 8, health.length, 42));
        assertThat(got.stream().mapToInt(MqttPacket::bytes).sum()).isEqualTo(all.length);
    }

    @Test
    void aPuback_carriesThePacketIdItAcknowledges() {
        byte[] puback = {0x40, 2, 0x01, 0x02};

        assertThat(new MqttFrames(false, () -> 0).feed(puback, 0, 4))
                .containsExactly(new MqttPacket(false, MqttPacket.PUBACK, null, 258, 4, 0));
    }
}
