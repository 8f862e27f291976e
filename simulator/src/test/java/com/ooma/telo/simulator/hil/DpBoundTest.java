package com.ooma.telo.simulator.hil;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DpBoundTest {
    @Test
    void theBound_isFiveSigmaOfTheNoiseOnEveryNoisedCell() {
        // calls: ε 0.5, Δ 1 → α = e^-0.5, variance 2α/(1−α)² ≈ 7.834 per cell; 100 cells: σ ≈ 27.99, 5σ ≈ 139.9
        DpBound b = DpBound.of(100);
        assertThat(b.sigma()).isCloseTo(27.99, org.assertj.core.api.Assertions.within(0.01));
        assertThat(b.allowed()).isEqualTo(140);
        assertThat(b.explains(-140)).isTrue();
        assertThat(b.explains(141)).as("a gap larger than the noise is a gap").isFalse();
    }

    @Test
    void noNoisedCells_allowNoDifference() {
        assertThat(DpBound.of(0).allowed()).isZero();
        assertThat(DpBound.of(0).explains(1)).isFalse();
    }
}
