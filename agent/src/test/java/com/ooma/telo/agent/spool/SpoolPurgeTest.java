package com.ooma.telo.agent.spool;

import com.ooma.telo.agent.testing.Bytes;

import static com.ooma.telo.agent.spool.SpoolTest.payload;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consent purges: selected by the channel in the frame, and gone from the bytes on disk at once. */
class SpoolPurgeTest {

    private static final long MAX_BYTES = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void purge_removesMatchingPayloadBytesFromTheFileAtOnce() throws IOException {
        byte[] health = payload(11, 2_000);
        byte[] usage = payload(22, 2_000);
        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            spool.append("health", health);
            spool.append("usage", usage);
            spool.append("usage", payload(33, 500));
            assertThat(Bytes.contains(Files.readAllBytes(file()), usage)).isTrue();

            assertThat(spool.purge("usage"::equals)).isEqualTo(2);

            byte[] onDisk = Files.readAllBytes(file());
            assertThat(Bytes.contains(onDisk, usage)).as("purged payload still in the spool file").isFalse();
            assertThat(Bytes.contains(onDisk, health)).isTrue();
            assertThat(spool.pending()).extracting(SpoolRecord::channel).containsExactly("health");
        }
        try (Spool reopened = Spool.open(dir, MAX_BYTES)) {
            assertThat(reopened.pending()).extracting(SpoolRecord::channel).containsExactly("health");
        }
    }

    @Test
    void purge_scrubsTheReplacedFileToo_notJustUnlinksIt() throws IOException {
        byte[] usage = payload(22, 2_000);
        Path oldInode = dir.resolve("old-inode-link");
        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            spool.append("health", payload(11, 100));
            spool.append("usage", usage);
            Files.createLink(oldInode, file()); // a second name keeps the replaced file readable

            spool.purge(channel -> !channel.equals("health"));
        }

        assertThat(Bytes.contains(Files.readAllBytes(oldInode), usage)).as("purged payload left in the old blocks").isFalse();
    }

    @Test
    void purge_matchingNothing_leavesFileUntouched() throws IOException {
        try (Spool spool = Spool.open(dir, MAX_BYTES)) {
            spool.append("health", payload(1, 100));
            byte[] before = Files.readAllBytes(file());

            assertThat(spool.purge("diag"::equals)).isZero();
            assertThat(Files.readAllBytes(file())).isEqualTo(before);
            assertThat(spool.pending()).hasSize(1);
        }
    }

    private Path file() {
        return dir.resolve(SpoolSegment.FILE_NAME);
    }

}
