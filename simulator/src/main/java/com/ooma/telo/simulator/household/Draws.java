package com.ooma.telo.simulator.household;

import java.util.List;
import java.util.random.RandomGenerator;

/** The random draws the household model needs, all from one injected (seeded) generator. */
final class Draws {
    private final RandomGenerator rng;

    Draws(RandomGenerator rng) {
        this.rng = rng;
    }

    double unit() {
        return rng.nextDouble();
    }

    boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    int uniform(int minInclusive, int maxInclusive) {
        return minInclusive + rng.nextInt(maxInclusive - minInclusive + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    /** Index chosen with probability proportional to its weight. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Negative binomial as a gamma–Poisson mixture, parameterised by mean and variance (variance > mean). */
    int negativeBinomial(double mean, double variance) {
        double shape = mean * mean / (variance - mean);
        return poisson(gamma(shape) * mean / shape);
    }

    long lognormalMs(double medianS, double sigma) {
        return Math.round(medianS * Math.exp(sigma * rng.nextGaussian()) * 1000.0);
    }

    String hex(int chars) {
        StringBuilder sb = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            sb.append(Character.forDigit(rng.nextInt(16), 16));
        }
        return sb.toString();
    }

    /** Marsaglia–Tsang gamma(shape, 1); shapes below 1 use the usual U^(1/shape) boost. */
    private double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * Math.pow(rng.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = rng.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v <= 0) {
                continue;
            }
            double u = rng.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    /** Knuth's multiplication method; household rates are small, so it never underflows here. */
    private int poisson(double lambda) {
        double limit = Math.exp(-Math.min(lambda, 500));
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= rng.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
