package com.ooma.telo.agent.publish;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes Paho reads from the broker, bounded before Paho sees them. Paho's MQTT 3.1.1 reader allocates the whole
 * packet that a fixed header announces ({@code new byte[remainingLength]}), up to 256 MiB, before any bound of ours
 * applies; a hostile or broken broker could end the JVM with one message. This stream parses the packet boundaries
 * as they pass and never lets Paho read a packet beyond its bound:
 *
 * <pre>
 * PUBLISH within the bound          ─▶ passed through unchanged
 * PUBLISH beyond the bound          ─▶ Paho gets the same PUBLISH with an empty payload (same flags, topic, packet
 *   ┌────┬──────────┬───────┬────┬──────────────┐   id, so it acknowledges it as usual); the payload is read past
 *   │0x3f│remLen 6MB│ topic │ id │ payload…     │   in 8 KiB steps and dropped, never held; counted
 *   └────┴──────────┴───────┴────┴──────────────┘
 *   ─▶ ┌────┬──────┬───────┬────┐
 *      │0x3f│ len' │ topic │ id │
 *      └────┴──────┴───────┴────┘
 * any other packet beyond 64 KiB     ─▶ IOException: the connection is dropped (CONNACK, SUBACK, PUBACK are bytes)
 * a malformed remaining length       ─▶ IOException
 * </pre>
 *
 * A retained oversize message therefore costs one skipped read per connect and blocks nothing: it is acknowledged
 * (so the broker does not resend it in the session) and ignored, every time, until the broker operator clears it.
 * Topics longer than {@link #MAX_TOPIC_BYTES} in an oversize PUBLISH are replaced by {@link #OVERSIZE_TOPIC}, which
 * no handler acts on. Single reader (Paho's receiver thread); resumable across the read timeouts Paho sets, since
 * its state changes only after bytes were read.
 */
final class InboundPacketGuard extends InputStream {
    /** Largest remaining length of a non-PUBLISH packet; 3.1.1 control packets to a client are a few bytes. */
    static final int MAX_CONTROL_BYTES = 64 * 1024;
    static final int MAX_TOPIC_BYTES = 1024;
    static final String OVERSIZE_TOPIC = "telo/oversize";
    private static final int PUBLISH = 3;
    private static final int STEP = 8 * 1024;

    /** Told once per oversize PUBLISH read past; must not throw. */
    interface Listener {
        void oversize(long announcedBytes);
    }

    private final InputStream in;
    private final long maxPublishBytes;
    private final Listener listener;
    private final byte[] step = new byte[STEP];
    private byte[] out = new byte[0];
    private int outPos;
    /** Bytes of the current packet still to pass to Paho (whole packets) or to drop (an oversize payload). */
    private long pass;
    private long drop;
    /** The fixed header being read: first byte and up to four length bytes. */
    private final byte[] fixed = new byte[5];
    private int fixedLen;
    /** An oversize PUBLISH's variable header being read: topic length, topic (kept if short), packet id. */
    private Oversize oversize;

    /** @param maxPublishBytes the largest remaining length of a PUBLISH passed whole */
    InboundPacketGuard(InputStream in, long maxPublishBytes, Listener listener) {
        this.in = new BufferedInputStream(in, STEP);
        this.maxPublishBytes = maxPublishBytes;
        this.listener = listener;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (outPos == out.length) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, out.length - outPos);
        System.arraycopy(out, outPos, b, off, n);
        outPos += n;
        return n;
    }

    @Override
    public int available() {
        return out.length - outPos;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Reads what the current state needs from the broker and turns it into bytes for Paho (possibly none yet);
     * false at end of stream. State changes only after bytes were read, so a read timeout resumes cleanly.
     */
    private boolean fill() throws IOException {
        out = new byte[0];
        outPos = 0;
        if (pass > 0) {
            int n = in.read(step, 0, (int) Math.min(STEP, pass));
            if (n > 0) {
                out = Arrays.copyOf(step, n);
                pass -= n;
            }
            return n >= 0;
        }
        if (drop > 0) {
            int n = in.read(step, 0, (int) Math.min(STEP, drop));
            if (n > 0) {
                drop -= n;
            }
            return n >= 0;
        }
        int b = in.read();
        if (b < 0) {
            return false;
        }
        if (oversize != null) {
            if (oversize.take((byte) b)) {
                out = oversize.replacement();
                drop = oversize.payloadBytes();
                listener.oversize(oversize.announced);
                oversize = null;
            }
        } else {
            fixedByte((byte) b);
        }
        return true;
    }

    private void fixedByte(byte b) throws IOException {
        fixed[fixedLen++] = b;
        if (fixedLen == 1) {
            return;
        }
        if ((b & 0x80) != 0) {
            if (fixedLen == 5) {
                throw new IOException("malformed MQTT remaining length");
            }
            return;
        }
        long length = 0;
        for (int i = fixedLen - 1; i >= 1; i--) {
            length = (length << 7) | (fixed[i] & 0x7f);
        }
        int headerLen = fixedLen;
        fixedLen = 0;
        int type = (fixed[0] & 0xf0) >>> 4;
        if (type == PUBLISH && length > maxPublishBytes) {
            oversize = new Oversize(fixed[0], length);
        } else if (type != PUBLISH && length > MAX_CONTROL_BYTES) {
            throw new IOException("MQTT packet of type " + type + " announces " + length + " bytes");
        } else {
            out = Arrays.copyOf(fixed, headerLen);
            pass = length;
        }
    }

    /** The variable header of one oversize PUBLISH, read a byte at a time (from the buffer), then its stand-in. */
    private static final class Oversize {
        final byte first;
        final long announced;
        final int packetIdBytes;
        int topicLen = -1;
        int read;
        final ByteArrayOutputStream topic = new ByteArrayOutputStream();
        final byte[] lengthBytes = new byte[2];
        final byte[] packetId = new byte[2];

        Oversize(byte first, long announced) {
            this.first = first;
            this.announced = announced;
            this.packetIdBytes = ((first >>> 1) & 0x03) > 0 ? 2 : 0;
        }

        /** @return true once the topic and packet id have been read */
        boolean take(byte b) throws IOException {
            read++;
            if (read <= 2) {
                lengthBytes[read - 1] = b;
                if (read == 2) {
                    topicLen = ((lengthBytes[0] & 0xff) << 8) | (lengthBytes[1] & 0xff);
                    if (2L + topicLen + packetIdBytes > announced) {
                        throw new IOException("MQTT PUBLISH topic longer than its packet");
                    }
                }
            } else if (read <= 2 + topicLen) {
                if (topicLen <= MAX_TOPIC_BYTES) {
                    topic.write(b);
                }
            } else {
                packetId[read - 3 - topicLen] = b;
            }
            return read >= 2 && read == 2 + topicLen + packetIdBytes;
        }

        long payloadBytes() {
            return announced - read;
        }

        /** The same PUBLISH (flags, topic, packet id) with an empty payload, for Paho to acknowledge. */
        byte[] replacement() {
            byte[] t = topicLen <= MAX_TOPIC_BYTES ? topic.toByteArray()
                    : OVERSIZE_TOPIC.getBytes(StandardCharsets.UTF_8);
            int body = 2 + t.length + packetIdBytes;
            ByteArrayOutputStream o = new ByteArrayOutputStream(body + 5);
            o.write(first);
            int n = body;
            do {
                int digit = n % 128;
                n /= 128;
                o.write(n > 0 ? digit | 0x80 : digit);
            } while (n > 0);
            o.write(t.length >>> 8);
            o.write(t.length);
            o.write(t, 0, t.length);
            o.write(packetId, 0, packetIdBytes);
            return o.toByteArray();
        }
    }
}
