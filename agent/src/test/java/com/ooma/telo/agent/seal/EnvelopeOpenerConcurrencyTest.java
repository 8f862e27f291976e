package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ooma.telo.agent.seal.OpenResult.Opened;
import com.ooma.telo.agent.seal.OpenResult.Rejected;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One opener shared by many collector threads: HPKE state is never shared mid-open, and replays stay refused. */
class EnvelopeOpenerConcurrencyTest {
    private static final int THREADS = 8;
    private static final int MESSAGES = 400;

    @TempDir
    Path root;

    @Test
    void open_fromManyThreadsOpensEveryMessageExactlyOnce() throws Exception {
        KeyDirs keys = KeyDirs.create(root);
        EnvelopeSealer sealer = keys.telemetrySealer(KeyDirs.FIXED);
        List<byte[]> sealed = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            sealed.add(sealer.seal(MessageType.TELEMETRY, new byte[] {(byte) 0x18, (byte) i}));
        }
        EnvelopeOpener opener = keys.backendOpener(KeyDirs.FIXED);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            // Every message is offered twice, from different threads: exactly one of the two may open it.
            List<Future<OpenResult>> results = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (byte[] message : sealed) {
                    results.add(pool.submit(() -> opener.open(message)));
                }
            }
            int opened = 0;
            int replays = 0;
            for (int i = 0; i < results.size(); i++) {
                OpenResult r = results.get(i).get();
                if (r instanceof Opened o) {
                    assertThat(o.plaintext()[1]).isEqualTo((byte) (i % MESSAGES));
                    opened++;
                } else {
                    assertThat(r).isEqualTo(new Rejected(RejectReason.REPLAY));
                    replays++;
                }
            }
            assertThat(opened).isEqualTo(MESSAGES);
            assertThat(replays).isEqualTo(MESSAGES);
        } finally {
            pool.shutdownNow();
        }
    }
}
