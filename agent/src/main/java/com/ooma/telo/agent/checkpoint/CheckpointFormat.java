package com.ooma.telo.agent.checkpoint;

import com.ooma.telo.agent.aggregate.Channel;
import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricRegistry;
import com.ooma.telo.agent.aggregate.ReportWindow;
import com.ooma.telo.agent.aggregate.Series;
import com.ooma.telo.agent.aggregate.WindowSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The checkpoint file's bytes (docs/metrics.md): counters only, never an event, a number or a pseudonym key.
 * <pre>
 * magic "TELOCKPT" (8) | version u16 = 2 | windows u16 | window… | sealed u16 | report… | crc32c u32 over
 *                                                                                       everything before it
 * window: channel (modified UTF-8) | start ms i64 | end ms i64 | series u32 | series…
 * series: metric name (UTF) | labels u8 | label (UTF)… | cells u8 | cell i64…
 * report: channel (UTF) | length u32 | sealed envelope (length bytes)
 * </pre>
 * Version 1 (release 0.1.0) is version 2 without the {@code sealed} count and reports; both are read. Series are
 * matched by metric name on read, so an upgraded agent reads what an older one left and drops (and counts) what its
 * registry no longer has.
 */
final class CheckpointFormat {
    static final byte[] MAGIC = "TELOCKPT".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 2;
    private static final int VERSION_WITHOUT_SEALED = 1;
    private static final int CRC_BYTES = 4;
    /** A sealed report is at most a padded usage report; anything longer is not one of ours. */
    private static final int MAX_SEALED_BYTES = 1 << 20;

    /** What a read found. */
    record Decoded(List<WindowSnapshot> windows, int unknownSeries, List<SealedReport> sealed) {
    }

    private CheckpointFormat() {
    }

    static byte[] encode(List<WindowSnapshot> windows) {
        return encode(windows, List.of());
    }

    static byte[] encode(List<WindowSnapshot> windows, List<SealedReport> sealed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeShort(VERSION);
            out.writeShort(windows.size());
            for (WindowSnapshot w : windows) {
                out.writeUTF(w.channel().label());
                out.writeLong(w.window().start().toEpochMilli());
                out.writeLong(w.window().end().toEpochMilli());
                out.writeInt(w.series().size());
                for (Series s : w.series()) {
                    out.writeUTF(s.metric().def().name());
                    out.writeByte(s.labels().size());
                    for (String l : s.labels()) {
                        out.writeUTF(l);
                    }
                    out.writeByte(s.cells().size());
                    for (long c : s.cells()) {
                        out.writeLong(c);
                    }
                }
            }
            out.writeShort(sealed.size());
            for (SealedReport r : sealed) {
                out.writeUTF(r.channel());
                byte[] envelope = r.envelope();
                out.writeInt(envelope.length);
                out.write(envelope);
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the bytes are not a version-1 or -2 checkpoint (bad magic, version, CRC or shape) */
    static Decoded decode(byte[] file) throws IOException {
        if (file.length < MAGIC.length + 2 + CRC_BYTES || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0,
                MAGIC.length)) {
            throw new IOException("not a checkpoint file");
        }
        CRC32C crc = new CRC32C();
        crc.update(file, 0, file.length - CRC_BYTES);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(file));
        in.skipNBytes(MAGIC.length);
        int version = in.readUnsignedShort();
        if (version != VERSION && version != VERSION_WITHOUT_SEALED) {
            throw new IOException("checkpoint format version " + version + "; this agent reads versions 1 and 2");
        }
        int stored = ByteBuffer.wrap(file, file.length - CRC_BYTES, CRC_BYTES).getInt();
        if (stored != (int) crc.getValue()) {
            throw new IOException("checkpoint CRC mismatch");
        }
        List<WindowSnapshot> windows = new ArrayList<>();
        int unknown = 0;
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            Channel channel = Channel.valueOf(in.readUTF().toUpperCase(Locale.ROOT));
            ReportWindow window = new ReportWindow(Instant.ofEpochMilli(in.readLong()),
                    Instant.ofEpochMilli(in.readLong()));
            List<Series> series = new ArrayList<>();
            int n = in.readInt();
            for (int j = 0; j < n; j++) {
                Optional<Metric> metric = MetricRegistry.byName(in.readUTF());
                List<String> labels = new ArrayList<>();
                for (int k = in.readUnsignedByte(); k > 0; k--) {
                    labels.add(in.readUTF());
                }
                List<Long> cells = new ArrayList<>();
                for (int k = in.readUnsignedByte(); k > 0; k--) {
                    cells.add(in.readLong());
                }
                if (metric.isPresent()) {
                    series.add(new Series(metric.get(), labels, cells));
                } else {
                    unknown++;
                }
            }
            windows.add(new WindowSnapshot(channel, window, series));
        }
        List<SealedReport> sealed = new ArrayList<>();
        for (int i = version == VERSION_WITHOUT_SEALED ? 0 : in.readUnsignedShort(); i > 0; i--) {
            String channel = in.readUTF();
            int length = in.readInt();
            if (length < 0 || length > MAX_SEALED_BYTES) {
                throw new IOException("checkpoint sealed report of " + length + " bytes");
            }
            sealed.add(new SealedReport(channel, in.readNBytes(length)));
        }
        if (in.available() != CRC_BYTES) {
            throw new IOException("checkpoint has " + (in.available() - CRC_BYTES) + " bytes after its content");
        }
        return new Decoded(windows, unknown, sealed);
    }
}
