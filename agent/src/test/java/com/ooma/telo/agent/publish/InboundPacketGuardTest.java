package com.ooma.telo.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden byte tests of the packet guard: what Paho reads for each broker byte sequence. */
class InboundPacketGuardTest {
    private static final long BOUND = 1_000;
    private static final byte[] CONNACK = {0x20, 0x02, 0x00, 0x00};
    private static final byte[] PINGRESP = {(byte) 0xd0, 0x00};
    private static final byte[] SUBACK = {(byte) 0x90, 0x03, 0x00, 0x01, 0x01};

    private final List<Long> oversize = new ArrayList<>();

    /** A PUBLISH, QoS 1 (0x32) or retained QoS 1 (0x33), with a 2-byte packet id. */
    private static byte[] publish(int first, String topic, int packetId, int payloadBytes) {
        byte[] t = topic.getBytes(StandardCharsets.UTF_8);
        int body = 2 + t.length + 2 + payloadBytes;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(first);
        int n = body;
        do {
            int d = n % 128;
            n /= 128;
            o.write(n > 0 ? d | 0x80 : d);
        } while (n > 0);
        o.write(t.length >>> 8);
        o.write(t.length);
        o.writeBytes(t);
        o.write(packetId >>> 8);
        o.write(packetId);
        byte[] payload = new byte[payloadBytes];
        Arrays.fill(payload, (byte) 'x');
        o.writeBytes(payload);
        return o.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    private byte[] readAll(InputStream broker) throws IOException {
        InboundPacketGuard g = new InboundPacketGuard(broker, BOUND, oversize::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[7]; // odd-sized reads, as Paho's readFully does
        while (true) {
            int n;
            try {
                n = g.read(buf, 0, buf.length);
            } catch (SocketTimeoutException e) {
                continue; // Paho reads again after its 1 s socket timeout
            }
            if (n < 0) {
                return out.toByteArray();
            }
            out.write(buf, 0, n);
        }
    }

    @Test
    void packetsWithinTheBound_passUnchanged() throws Exception {
        byte[] in = concat(CONNACK, SUBACK, publish(0x32, "telo/v1/ab/cmd", 7, 900), PINGRESP);
        assertThat(readAll(new ByteArrayInputStream(in))).isEqualTo(in);
        assertThat(oversize).isEmpty();
    }

    @Test
    void anOversizePublish_becomesTheSamePublishWithoutItsPayload_andTheRestFollows() throws Exception {
        byte[] big = publish(0x33, "telo/v1/ab/cmd", 0x1234, 6 * 1024 * 1024);
        byte[] in = concat(CONNACK, big, publish(0x32, "telo/v1/ab/cmd", 8, 10), PINGRESP);

        byte[] expected = concat(CONNACK, publish(0x33, "telo/v1/ab/cmd", 0x1234, 0),
                publish(0x32, "telo/v1/ab/cmd", 8, 10), PINGRESP);
        assertThat(readAll(new ByteArrayInputStream(in))).isEqualTo(expected);
        assertThat(oversize).containsExactly((long) big.length - 5); // the remaining length it announced
    }

    @Test
    void anOversizePublishWithAHugeTopic_getsTheStandInTopic() throws Exception {
        String topic = "t".repeat(5_000);
        byte[] in = concat(publish(0x32, topic, 9, 10), PINGRESP);
        assertThat(readAll(new ByteArrayInputStream(in)))
                .isEqualTo(concat(publish(0x32, InboundPacketGuard.OVERSIZE_TOPIC, 9, 0), PINGRESP));
    }

    @Test
    void readTimeoutsAndOneByteReads_anywhere_changeNothing() throws Exception {
        byte[] in = concat(CONNACK, publish(0x32, "telo/v1/ab/cmd", 5, 5_000), publish(0x32, "c", 6, 3), PINGRESP);
        InputStream trickle = new InputStream() {
            private int pos;
            private boolean stall;

            @Override
            public int read() throws IOException {
                stall = !stall;
                if (stall) {
                    throw new SocketTimeoutException("Read timed out");
                }
                return pos < in.length ? in[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int c = read();
                if (c < 0) {
                    return -1;
                }
                b[off] = (byte) c;
                return 1;
            }
        };
        assertThat(readAll(trickle)).isEqualTo(concat(CONNACK, publish(0x32, "telo/v1/ab/cmd", 5, 0),
                publish(0x32, "c", 6, 3), PINGRESP));
        assertThat(oversize).hasSize(1);
    }

    @Test
    void aControlPacketAnnouncingMoreThan64KiB_dropsTheConnection() {
        byte[] in = {(byte) 0x90, (byte) 0x80, (byte) 0x80, 0x10}; // SUBACK of 262,144 bytes
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(in))).isInstanceOf(IOException.class)
                .hasMessageContaining("announces 262144 bytes");
    }

    @Test
    void aRemainingLengthOfFiveBytes_isMalformed() {
        byte[] in = {0x30, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01};
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(in))).isInstanceOf(IOException.class)
                .hasMessageContaining("malformed");
    }

    @Test
    void aTopicLongerThanItsPacket_isRefused() {
        byte[] in = {0x30, (byte) 0xe8, 0x07, (byte) 0xff, (byte) 0xff}; // 1,000-byte packet, 65,535-byte topic
        InboundPacketGuard g = new InboundPacketGuard(new ByteArrayInputStream(in), 10, oversize::add);
        assertThatThrownBy(() -> g.read(new byte[16], 0, 16)).isInstanceOf(IOException.class);
    }
}
