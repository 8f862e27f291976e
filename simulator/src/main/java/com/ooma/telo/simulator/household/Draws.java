package com.ooma.telo.simulator.household;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The random draws the simulator's models need, all from one injected (seeded) generator. Transcendental functions
 * are {@link StrictMath}'s, which give the same bits on every JVM and platform, so a seed plays the same bytes
 * everywhere ({@code Math.exp} may differ in the last bit between platforms).
 */
public final class Draws {
    private final RandomGenerator rng;

    public Draws(RandomGenerator rng) {
        this.rng = rng;
    }

    public double unit() {
        return rng.nextDouble();
    }

    public boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    public int uniform(int minInclusive, int maxInclusive) {
        return minInclusive + rng.nextInt(maxInclusive - minInclusive + 1);
    }

    public <T> T pick(List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    /** Index chosen with probability proportional to its weight. */
    public int weighted(double... weights) {
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
    public int negativeBinomial(double mean, double variance) {
        double shape = mean * mean / (variance - mean);
        return poisson(gamma(shape) * mean / shape);
    }

    public long lognormalMs(double medianS, double sigma) {
        return Math.round(medianS * StrictMath.exp(sigma * rng.nextGaussian()) * 1000.0);
    }

    /** Lognormal with this median, in the median's unit. */
    public double lognormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * rng.nextGaussian());
    }

    public double gaussian(double mean, double sd) {
        return mean + sd * rng.nextGaussian();
    }

    /** A uniform time in [from, to). */
    public long between(long from, long to) {
        return to <= from ? from : from + rng.nextLong(to - from);
    }

    /** A key chosen with probability proportional to its value, in the map's iteration order. */
    public String weightedKey(Map<String, Double> weights) {
        List<String> keys = List.copyOf(weights.keySet());
        return keys.get(weighted(keys.stream().mapToDouble(weights::get).toArray()));
    }

    public String hex(int chars) {
        StringBuilder sb = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            sb.append(Character.forDigit(rng.nextInt(16), 16));
        }
        return sb.toString();
    }

    /** Marsaglia–Tsang gamma(shape, 1); shapes below 1 use the usual U^(1/shape) boost. */
    private double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * StrictMath.pow(rng.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / StrictMath.sqrt(9 * d);
        while (true) {
            double x = rng.nextGaussian();
            double v = StrictMath.pow(1 + c * x, 3);
            if (v <= 0) {
                continue;
            }
            double u = rng.nextDouble();
            if (StrictMath.log(u) < 0.5 * x * x + d - d * v + d * StrictMath.log(v)) {
                return d * v;
            }
        }
    }

    /** Knuth's multiplication method; household rates are small, so it never underflows here. */
    public int poisson(double lambda) {
        double limit = StrictMath.exp(-Math.min(lambda, 500));
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= rng.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
