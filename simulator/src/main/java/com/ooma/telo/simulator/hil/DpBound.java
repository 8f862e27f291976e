package com.ooma.telo.simulator.hil;

import com.ooma.telo.agent.aggregate.Metric;
import com.ooma.telo.agent.aggregate.MetricDef;

/**
 * How far the calls counted in opened usage reports may lie from the calls played when the agents add local DP
 * noise: every cell of {@code calls} in a noised report (zeros included) carries independent two-sided geometric
 * noise, P(X = k) ∝ α^|k| with α = exp(−ε/Δ) from the agent's own registry, variance 2α/(1−α)². The sum over n
 * cells has variance n times that; the bound is {@link #SIGMAS} standard deviations, so an honest hub fails it
 * about once in 1.7 million runs, while a lost or doubled report of a few calls still shows once the noise is small
 * against it.
 */
record DpBound(long noisedCells, double sigma) {
    static final double SIGMAS = 5;

    /** The bound for {@code noisedCells} noised cells of {@code calls}. */
    static DpBound of(long noisedCells) {
        MetricDef calls = Metric.CALLS.def();
        double alpha = Math.exp(-calls.epsilon() / Math.max(1, calls.clamp()));
        double variance = 2 * alpha / ((1 - alpha) * (1 - alpha));
        return new DpBound(noisedCells, Math.sqrt(noisedCells * variance));
    }

    /** The largest |counted − (played − dropped)| the noise explains. */
    long allowed() {
        return (long) Math.ceil(SIGMAS * sigma);
    }

    boolean explains(long difference) {
        return Math.abs(difference) <= allowed();
    }
}
