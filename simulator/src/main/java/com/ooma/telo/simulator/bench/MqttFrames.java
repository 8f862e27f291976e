package com.ooma.telo.simulator.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Cuts one direction of an MQTT 3.1.1 byte stream into control packets, whatever the reads' boundaries are. A
 * packet is a type byte, a remaining length (1 to 4 bytes, 7 bits each) and that many bytes more. Not thread-safe:
 * one instance per direction, fed by that direction's pump.
 */
final class MqttFrames {
    private final boolean fromAgent;
    private final LongSupplier simMs;
    private final ByteArrayOutputStream packet = new ByteArrayOutputStream();
    private int lengthBytes;
    private int remaining = -1; // -1: the remaining length is still being read
    private int multiplier = 1;
    private int length;

    MqttFrames(boolean fromAgent, LongSupplier simMs) {
        this.fromAgent = fromAgent;
        this.simMs = simMs;
    }

    /** Feeds {@code n} bytes read from the connection; returns the packets they completed. */
    List<MqttPacket> feed(byte[] buf, int off, int n) {
        List<MqttPacket> done = new ArrayList<>();
        int i = off;
        int end = off + n;
        while (i < end) {
            if (packet.size() == 0 || remaining < 0) {
                int b = buf[i++] & 0xff;
                packet.write(b);
                if (packet.size() == 1) {
                    continue; // the type byte; the length follows
                }
                length += (b & 0x7f) * multiplier;
                multiplier *= 128;
                if (++lengthBytes > 4) {
                    throw new IllegalStateException("not MQTT: a remaining length longer than 4 bytes");
                }
                if ((b & 0x80) == 0) {
                    remaining = length;
                }
            } else {
                int take = Math.min(remaining, end - i);
                packet.write(buf, i, take);
                i += take;
                remaining -= take;
            }
            if (remaining == 0) {
                done.add(parse(packet.toByteArray(), 1 + lengthBytes));
                packet.reset();
                lengthBytes = 0;
                remaining = -1;
                multiplier = 1;
                length = 0;
            }
        }
        return done;
    }

    private MqttPacket parse(byte[] p, int headerBytes) {
        int type = (p[0] & 0xff) >>> 4;
        String channel = null;
        int id = -1;
        int v = headerBytes;
        if (type == MqttPacket.PUBLISH) {
            int topicLength = u16(p, v);
            channel = MqttPacket.channelOf(new String(p, v + 2, topicLength, StandardCharsets.UTF_8));
            int qos = (p[0] >> 1) & 3;
            id = qos > 0 ? u16(p, v + 2 + topicLength) : -1;
        } else if (type == MqttPacket.PUBACK || type == 8 || type == 9) {
            id = u16(p, v);
        }
        return new MqttPacket(fromAgent, type, channel, id, p.length, simMs.getAsLong());
    }

    private static int u16(byte[] p, int at) {
        return ((p[at] & 0xff) << 8) | (p[at + 1] & 0xff);
    }
}
