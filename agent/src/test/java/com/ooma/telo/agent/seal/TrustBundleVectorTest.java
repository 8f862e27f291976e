package com.ooma.telo.agent.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/test-vectors/trust-bundle: what an outside signer or verifier can check its implementation against. */
class TrustBundleVectorTest {
    private static final Path VECTOR = Path.of("..", "docs", "test-vectors", "trust-bundle", "bundle-v1.json");
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path tmp;

    @Test
    void vector_verifiesWithJdkEd25519OverTheDocumentedBytesAndMatchesItsFields() throws Exception {
        JsonNode v = new ObjectMapper().readTree(VECTOR.toFile());
        byte[] signed = HEX.parseHex(v.get("signed_bundle_hex").asText());
        byte[] bundle = HEX.parseHex(v.get("bundle_hex").asText());
        // [bundle, sig]: 0x82, then bstr heads. Sliced by hand, as a decoder without a CBOR library might.
        assertThat(signed[0]).isEqualTo((byte) 0x82);
        int sigStart = signed.length - 64;
        assertThat(Arrays.copyOfRange(signed, sigStart - 2, sigStart)).isEqualTo(new byte[] {0x58, 64});
        Signature ed = Signature.getInstance("Ed25519");
        String pem = v.get("root_public_key_pem").asText().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        ed.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(pem))));
        ed.update("telo-trust-bundle-v1".getBytes(StandardCharsets.US_ASCII));
        ed.update(bundle);
        assertThat(ed.verify(Arrays.copyOfRange(signed, sigStart, signed.length))).isTrue();

        TrustBundle expected = new TrustBundle(v.get("version").asLong(), HEX.parseHex(v.get("current_hex").asText()),
                HEX.parseHex(v.get("next_hex").asText()), Instant.ofEpochMilli(v.get("not_before_ms").asLong()));
        assertThat(expected.encode()).as("bundle_hex is the deterministic CBOR of the fields").isEqualTo(bundle);
    }

    @Test
    void vector_installsInAFreshTrustStoreAndNotTwice() throws Exception {
        JsonNode v = new ObjectMapper().readTree(VECTOR.toFile());
        Path root = Files.writeString(tmp.resolve("root.pub.pem"), v.get("root_public_key_pem").asText());
        TrustStore store = TrustStore.open(tmp.resolve("state"), root);
        byte[] signed = HEX.parseHex(v.get("signed_bundle_hex").asText());
        assertThat(store.install(signed)).isEqualTo(new TrustStore.Install.Installed(v.get("version").asLong()));
        assertThat(store.install(signed)).isEqualTo(new TrustStore.Install.Refused(TrustBundle.Problem.ROLLBACK));
    }
}
