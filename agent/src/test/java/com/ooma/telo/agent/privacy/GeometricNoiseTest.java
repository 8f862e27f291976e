package com.ooma.telo.agent.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeometricNoiseTest {
    private static final int DRAWS = 200_000;

    @ParameterizedTest(name = "ε={0}, Δ={1}")
    @CsvSource({"0.5, 1", "0.25, 1", "1.0, 1", "2.0, 4"})
    void noise_hasMeanZero_andTheDiscreteLaplaceVariance(double epsilon, long sensitivity) {
        GeometricNoise noise = new GeometricNoise(new Random(42));
        double sum = 0;
        double sumSq = 0;
        long zeros = 0;
        for (int i = 0; i < DRAWS; i++) {
            long x = noise.sample(epsilon, sensitivity);
            sum += x;
            sumSq += (double) x * x;
            zeros += x == 0 ? 1 : 0;
        }
        double mean = sum / DRAWS;
        double variance = sumSq / DRAWS - mean * mean;
        double expected = GeometricNoise.variance(epsilon, sensitivity);
        double alpha = GeometricNoise.alpha(epsilon, sensitivity);
        // Five standard errors: a correct sampler fails this about once in 3.5 million runs.
        assertThat(Math.abs(mean)).isLessThan(5 * Math.sqrt(expected / DRAWS));
        assertThat(variance).isBetween(expected * 0.95, expected * 1.05);
        assertThat((double) zeros / DRAWS).isCloseTo((1 - alpha) / (1 + alpha),
                org.assertj.core.data.Offset.offset(0.01));
    }

    @ParameterizedTest(name = "ε={0}")
    @CsvSource({"0.5", "1.0"})
    void neighbouringCounts_areIndistinguishableWithinEToTheEpsilon(double epsilon) {
        // P(output = k | count c) / P(output = k | count c + 1) must stay within e^ε for every k.
        GeometricNoise noise = new GeometricNoise(new Random(7));
        int[] hist = new int[41];
        for (int i = 0; i < DRAWS; i++) {
            long x = noise.sample(epsilon, 1);
            if (Math.abs(x) <= 20) {
                hist[(int) x + 20]++;
            }
        }
        for (int k = 17; k <= 22; k++) { // well-populated bins only
            double ratio = (double) hist[k] / hist[k + 1];
            assertThat(ratio).isBetween(Math.exp(-epsilon) * 0.9, Math.exp(epsilon) * 1.1);
        }
    }
}
