package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundleInflaterTest {
    private static byte[] bundle(int padding) {
        return CanonicalCbor.encode(Map.of("kind", "diag_bundle", "schema", 1, "pad", "a".repeat(padding)));
    }

    @Test
    void aBundle_roundTrips() {
        byte[] plain = bundle(10_000);
        byte[] z = BundleInflater.deflate(plain);
        assertThat(z.length).isLessThan(plain.length / 10);
        assertThat(BundleInflater.inflate(z)).isEqualTo(plain);
    }

    @Test
    void exactlyAtTheBound_opens_oneByteOver_isRefused() {
        int guess = WireFormat.MAX_INFLATED_BYTES - bundle(0).length;
        byte[] atBound = bundle(guess - (bundle(guess).length - WireFormat.MAX_INFLATED_BYTES)); // longer length head
        assertThat(atBound.length).isEqualTo(WireFormat.MAX_INFLATED_BYTES);
        assertThat(BundleInflater.inflate(BundleInflater.deflate(atBound))).isNotNull();
        byte[] over = bundle(WireFormat.MAX_INFLATED_BYTES);
        assertThat(BundleInflater.inflate(BundleInflater.deflate(over))).isNull();
    }

    @Test
    void notZlib_truncated_trailingBytes_orNotABundle_areRefused() {
        byte[] z = BundleInflater.deflate(bundle(100));
        assertThat(BundleInflater.inflate(new byte[] {1, 2, 3, 4})).isNull();
        assertThat(BundleInflater.inflate(Arrays.copyOf(z, z.length - 3))).isNull();
        assertThat(BundleInflater.inflate(Arrays.copyOf(z, z.length + 1))).isNull();
        byte[] health = CanonicalCbor.encode(Map.of("kind", "health"));
        assertThat(BundleInflater.inflate(BundleInflater.deflate(health))).isNull();
    }
}
