package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persisted seq counter: reservation before use, so a restart (or a crash) never reissues a number. */
class SequenceCounterTest {
    private static final int KID = 0x0a0b0c0d;

    @TempDir
    Path stateDir;

    @Test
    void next_startsAtOneInEmptyStateDir() throws IOException {
        assertThat(SequenceCounter.open(stateDir, KID).next()).isEqualTo(1);
    }

    @Test
    void stateFile_alwaysCoversEveryIssuedNumber() throws IOException {
        SequenceCounter counter = SequenceCounter.open(stateDir, KID);
        for (int i = 0; i < 2500; i++) {
            long issued = counter.next();
            // A crash now must restart above `issued`: the file must already say so.
            assertThat(reservedUpTo()).isGreaterThan(issued);
        }
    }

    @Test
    void next_afterReopenContinuesAboveEveryIssuedNumber() throws IOException {
        SequenceCounter counter = SequenceCounter.open(stateDir, KID);
        long last = 0;
        for (int i = 0; i < 1500; i++) {
            last = counter.next();
        }
        assertThat(SequenceCounter.open(stateDir, KID).next()).isGreaterThan(last);
    }

    @Test
    void open_spendsAtMostOneFsyncPerBlock() throws IOException {
        SequenceCounter counter = SequenceCounter.open(stateDir, KID);
        long before = reservedUpTo();
        for (int i = 0; i < SequenceCounter.BLOCK_SIZE; i++) {
            counter.next();
        }
        assertThat(reservedUpTo()).as("one block lasts BLOCK_SIZE numbers").isEqualTo(before);
        counter.next();
        assertThat(reservedUpTo()).isEqualTo(before + SequenceCounter.BLOCK_SIZE);
    }

    @Test
    void open_keepsSeparateCountersPerSigningKey() throws IOException {
        SequenceCounter.open(stateDir, KID).next();
        assertThat(SequenceCounter.open(stateDir, KID + 1).next()).isEqualTo(1);
    }

    @Test
    void open_ignoresTempFileLeftByCrashDuringReservation() throws IOException {
        SequenceCounter.open(stateDir, KID).next();
        long reserved = reservedUpTo();
        Files.writeString(stateFile().resolveSibling(stateFile().getFileName() + ".tmp"), "telo-se");
        assertThat(SequenceCounter.open(stateDir, KID).next()).isGreaterThanOrEqualTo(reserved);
    }

    @Test
    void open_refusesCorruptStateFileNamingIt() throws IOException {
        SequenceCounter.open(stateDir, KID);
        Files.writeString(stateFile(), "telo-seq v1 12x\n");
        assertThatThrownBy(() -> SequenceCounter.open(stateDir, KID))
                .isInstanceOf(IOException.class).hasMessageContaining(stateFile().toString());
    }

    @Test
    void twoCountersOpenedOnOneFile_neverShareANumber() throws IOException {
        SequenceCounter first = SequenceCounter.open(stateDir, KID);
        SequenceCounter second = SequenceCounter.open(stateDir, KID);
        assertThat(second.next()).isGreaterThan(first.next());
    }

    @Test
    void retired_handsOutOnlyTheLastNumber() throws IOException {
        SequenceCounter retired = SequenceCounter.retired(stateDir, KID);
        assertThat(retired.next()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(retired::next).isInstanceOf(IOException.class);
    }

    private Path stateFile() {
        return stateDir.resolve("seq-0a0b0c0d.state");
    }

    private long reservedUpTo() throws IOException {
        String text = Files.readString(stateFile(), StandardCharsets.US_ASCII);
        return Long.parseLong(text.substring("telo-seq v1 ".length()).strip());
    }
}
