package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The anti-replay window: duplicates and stale seqs refused, reordering inside 1024 tolerated once. */
class ReplayWindowTest {
    private static final String DEVICE = "00112233445566778899aabbccddeeff";
    private static final String OTHER_DEVICE = "ffeeddccbbaa99887766554433221100";
    private final ReplayWindow window = new ReplayWindow();

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
}
