package com.ooma.telo.agent.privacy;

import java.util.Random;

/**
 * Two-sided geometric noise (the discrete Laplace mechanism): P(X = k) ∝ α^|k| with α = exp(−ε / Δ), where Δ is the
 * most one privacy unit can change the count (the registry's clamp). Adding it to a count gives ε-local
 * differential privacy for that unit. Mean 0, variance 2α / (1 − α)².
 */
final class GeometricNoise {
    private final Random random;

    GeometricNoise(Random random) {
        this.random = random;
    }

    long sample(double epsilon, long sensitivity) {
        double alpha = alpha(epsilon, sensitivity);
        return geometric(alpha) - geometric(alpha);
    }

    static double alpha(double epsilon, long sensitivity) {
        return Math.exp(-epsilon / sensitivity);
    }

    static double variance(double epsilon, long sensitivity) {
        double a = alpha(epsilon, sensitivity);
        return 2 * a / ((1 - a) * (1 - a));
    }

    /** Failures before the first success, success probability 1 − α: floor(ln U / ln α), U uniform in (0, 1]. */
    private long geometric(double alpha) {
        double u = 1.0 - random.nextDouble();
        return (long) Math.floor(Math.log(u) / Math.log(alpha));
    }
}
