package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ooma.telo.agent.seal.OpenResult.Opened;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the device produces: the header it stamps, the seq it never reuses, and the limits it enforces. */
class EnvelopeSealerTest {
    private static final byte[] PAYLOAD = {(byte) 0xa1, 0x61, 0x6b, 0x65, 'u', 's', 'a', 'g', 'e'};

    @TempDir
    Path root;
    private KeyDirs keys;
    private EnvelopeOpener opener;

    @BeforeEach
    void setUp() throws Exception {
        keys = KeyDirs.create(root);
        opener = keys.backendOpener(KeyDirs.FIXED);
    }

    @Test
    void seal_producesEnvelopeTheBackendOpensWithStampedHeader() throws Exception {
        byte[] sealed = keys.telemetrySealer(KeyDirs.FIXED).seal(MessageType.COMMAND_ACK, PAYLOAD);

        Opened opened = (Opened) opener.open(sealed);
        assertThat(opened.plaintext()).isEqualTo(PAYLOAD);
        EnvelopeHeader h = opened.header();
        assertThat(h.version()).isEqualTo(1);
        assertThat(h.type()).isEqualTo(MessageType.COMMAND_ACK);
        assertThat(h.suite()).isEqualTo(1);
        assertThat(h.flags()).isZero();
        assertThat(h.deviceIdHex()).isEqualTo(keys.deviceId());
        assertThat(KeyId.hex(h.senderKid()))
                .isEqualTo(KeyFiles.describe(keys.device.resolve(KeyFiles.DEVICE_SIGNING)).kidHex());
        assertThat(KeyId.hex(h.recipientKid()))
                .isEqualTo(KeyFiles.describe(keys.backend.resolve("backend-kem.pub.pem")).kidHex());
        assertThat(h.timestampMs()).isEqualTo(KeyDirs.FIXED.millis());
        assertThat(h.ctLen()).isEqualTo(PAYLOAD.length + 16);
        assertThat(sealed).hasSize(50 + 32 + PAYLOAD.length + 16 + 64);
    }

    @Test
    void seal_usesFreshEphemeralKeyForEveryMessage() throws Exception {
        EnvelopeSealer sealer = keys.telemetrySealer(KeyDirs.FIXED);
        byte[] a = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        byte[] b = sealer.seal(MessageType.TELEMETRY, PAYLOAD);
        assertThat(Arrays.copyOfRange(a, 50, 82)).isNotEqualTo(Arrays.copyOfRange(b, 50, 82));
    }

    @Test
    void seal_sequenceIncreasesAcrossReloadFromSameStateDir() throws Exception {
        EnvelopeSealer first = keys.telemetrySealer(KeyDirs.FIXED);
        long a = seqOf(first.seal(MessageType.TELEMETRY, PAYLOAD));
        long b = seqOf(first.seal(MessageType.TELEMETRY, PAYLOAD));
        EnvelopeSealer afterRestart = keys.telemetrySealer(KeyDirs.FIXED);
        byte[] sealed = afterRestart.seal(MessageType.TELEMETRY, PAYLOAD);
        long c = seqOf(sealed);

        assertThat(b).isGreaterThan(a);
        assertThat(c).isGreaterThan(b);
        assertThat(opener.open(sealed)).as("not mistaken for a replay").isInstanceOf(Opened.class);
    }

    @Test
    void seal_acceptsLargestPlaintextAndRefusesOneByteMore() throws Exception {
        EnvelopeSealer sealer = keys.telemetrySealer(KeyDirs.FIXED);
        byte[] largest = new byte[262_144 - 16];
        assertThat(((Opened) opener.open(sealer.seal(MessageType.TELEMETRY, largest))).plaintext()).isEqualTo(largest);
        assertThatThrownBy(() -> sealer.seal(MessageType.TELEMETRY, new byte[largest.length + 1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("262128");
    }

    @Test
    void seal_fromManyThreadsGivesDistinctSeqsThatAllOpen() throws Exception {
        EnvelopeSealer sealer = keys.telemetrySealer(KeyDirs.FIXED);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<byte[]>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            futures.add(pool.submit(() -> sealer.seal(MessageType.TELEMETRY, PAYLOAD)));
        }
        Set<Long> seqs = ConcurrentHashMap.newKeySet();
        for (Future<byte[]> f : futures) {
            byte[] sealed = f.get();
            assertThat(opener.open(sealed)).isInstanceOf(Opened.class);
            seqs.add(seqOf(sealed));
        }
        pool.shutdown();
        assertThat(seqs).hasSize(200);
    }

    @Test
    void load_refusesSigningKeyReadableByOthers() throws Exception {
        Path key = keys.device.resolve(KeyFiles.DEVICE_SIGNING);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> keys.telemetrySealer(KeyDirs.FIXED))
                .isInstanceOf(KeyLoadException.class).hasMessageContaining(key.toString()).hasMessageContaining("0644");
    }

    @Test
    void load_refusesKemKeyInPlaceOfSigningKey() {
        Path kem = keys.device.resolve(KeyFiles.DEVICE_KEM);
        assertThatThrownBy(() -> EnvelopeSealer.load(keys.deviceId(), kem, keys.backend.resolve("backend-kem.pub.pem"),
                keys.state, KeyDirs.FIXED))
                .isInstanceOf(KeyLoadException.class)
                .hasMessageContaining(kem.toString()).hasMessageContaining("X25519");
    }

    @Test
    void load_refusesMalformedDeviceIdQuotingIt() {
        assertThatThrownBy(() -> EnvelopeSealer.load("ABC", keys.device.resolve(KeyFiles.DEVICE_SIGNING),
                keys.backend.resolve("backend-kem.pub.pem"), keys.state, KeyDirs.FIXED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"ABC\"");
    }

    private static long seqOf(byte[] sealed) {
        return WireFormat.decodeHeader(sealed).seq();
    }
}
