package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The anti-replay window: duplicates and stale seqs refused, reordering inside 1024 tolerated once. */
class ReplayWindowTest {
    private static final String DEVICE = "00112233445566778899aabbccddeeff";
    private static final String OTHER_DEVICE = "ffeeddccbbaa99887766554433221100";
    private final ReplayWindow window = new ReplayWindow();

    @TempDir
    Path dir;

    @Test
    void accept_refusesDuplicateOfNewest() {
        assertThat(window.accept(DEVICE, 7, 100)).isTrue();
        assertThat(window.accept(DEVICE, 7, 100)).isFalse();
    }

    @Test
    void accept_takesOutOfOrderSeqInsideWindowOnce() {
        assertThat(window.accept(DEVICE, 7, 2000)).isTrue();
        assertThat(window.accept(DEVICE, 7, 2000 - 1023)).isTrue();
        assertThat(window.accept(DEVICE, 7, 2000 - 1023)).isFalse();
    }

    @Test
    void accept_refusesSeqAtOrBelowNewestMinusWindow() {
        assertThat(window.accept(DEVICE, 7, 2000)).isTrue();
        assertThat(window.accept(DEVICE, 7, 2000 - 1024)).isFalse();
        assertThat(window.accept(DEVICE, 7, 1)).isFalse();
    }

    @Test
    void accept_forgetsSlotsThatSlidOutAndReusesThemForNewSeqs() {
        assertThat(window.accept(DEVICE, 7, 5)).isTrue();
        // 5 + 1024 lands in the same bitmap slot as 5; it is new, so it must be accepted.
        assertThat(window.accept(DEVICE, 7, 5 + 1024)).isTrue();
        assertThat(window.accept(DEVICE, 7, 5 + 1024)).isFalse();
        assertThat(window.accept(DEVICE, 7, 5 + 1023)).isTrue();
    }

    @Test
    void accept_afterLargeJumpTakesUnseenSeqsJustBelowIt() {
        assertThat(window.accept(DEVICE, 7, 10)).isTrue();
        assertThat(window.accept(DEVICE, 7, 100_000)).isTrue();
        assertThat(window.accept(DEVICE, 7, 99_990)).isTrue();
        assertThat(window.accept(DEVICE, 7, 10)).isFalse();
    }

    @Test
    void accept_keepsSeparateWindowsPerDeviceAndPerSenderKid() {
        assertThat(window.accept(DEVICE, 7, 42)).isTrue();
        assertThat(window.accept(OTHER_DEVICE, 7, 42)).isTrue();
        assertThat(window.accept(DEVICE, 8, 42)).isTrue();
        assertThat(window.accept(DEVICE, 7, 42)).isFalse();
    }

    @Test
    void restore_refusesAfterRestartWhatWasAcceptedBefore() throws IOException {
        window.accept(DEVICE, 7, 2000);
        window.accept(DEVICE, 7, 1500);
        window.accept(OTHER_DEVICE, 0xfedcba98, 3);
        window.save(dir.resolve("replay.state"));

        ReplayWindow restarted = new ReplayWindow();
        restarted.restore(dir.resolve("replay.state"));
        assertThat(restarted.accept(DEVICE, 7, 2000)).isFalse();
        assertThat(restarted.accept(DEVICE, 7, 1500)).isFalse();
        assertThat(restarted.accept(DEVICE, 7, 900)).as("below the window").isFalse();
        assertThat(restarted.accept(OTHER_DEVICE, 0xfedcba98, 3)).isFalse();
        assertThat(restarted.accept(DEVICE, 7, 1501)).as("never seen, inside the window").isTrue();
        assertThat(restarted.accept(OTHER_DEVICE, 0xfedcba98, 4)).isTrue();
    }

    @Test
    void restore_ofMissingFileStartsEmpty() throws IOException {
        window.accept(DEVICE, 7, 9);
        window.restore(dir.resolve("absent.state"));
        assertThat(window.accept(DEVICE, 7, 9)).isTrue();
    }

    @Test
    void restore_refusesCorruptFileInsteadOfForgetting() throws IOException {
        window.accept(DEVICE, 7, 9);
        Path file = dir.resolve("replay.state");
        window.save(file);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 3) + "\n");
        assertThatThrownBy(() -> new ReplayWindow().restore(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("replay.state");
    }
}
